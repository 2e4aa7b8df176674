import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPages } from '../../../../../src/renderer/src/reader/original/page-index';
import { REPO, tempLibrary } from '../../../../helpers/temp-library';

describe('indexPages', () => {
  it('gives each block its page, and each page the block its text starts with in reading order', () => {
    const index = indexPages([
      { id: 10, page: 1, textStart: 0 },
      { id: 11, page: 2, textStart: 120 },
      // A note printed on page 1 comes after the body in reading order: page 1 still starts with block 10.
      { id: 30, page: 1, textStart: 900 },
      { id: 12, page: 2, textStart: 60 }
    ]);
    expect(index.pageOf(11)).toBe(2);
    expect(index.pageOf(30)).toBe(1);
    expect(index.firstBlockOn(1)).toBe(10);
    expect(index.firstBlockOn(2)).toBe(12);
  });

  it('knows no page for an unpaged block or an unknown one, and no block for a page where none starts', () => {
    const index = indexPages([
      { id: 1, page: null, textStart: 0 },
      { id: 2, page: 1, textStart: 10 },
      { id: 3, page: 3, textStart: 20 }
    ]);
    expect(index.pageOf(1)).toBeNull();
    expect(index.pageOf(99)).toBeNull();
    expect(index.firstBlockOn(2)).toBeNull();
  });

  it('follows the pages of a real PDF briefing as the library stores them', async () => {
    const { library } = tempLibrary();
    const file = path.join(REPO, 'tests/fixtures/pdf/eprs-bri-2023-brazilian-democracy-after-8-january.pdf');
    const outcome = await library.importBytes(fs.readFileSync(file), 'brazil.pdf');
    const doc = library.get((outcome as { id: string }).id);
    const index = indexPages(doc.blocks);
    const onPage3 = doc.blocks.find((b) => b.text.startsWith('The parallel with the US experience'))!;
    expect(index.pageOf(onPage3.id)).toBe(3);
    for (let page = 1; page <= doc.metadata.pages!; page++) {
      const first = doc.blocks.find((b) => b.id === index.firstBlockOn(page));
      expect(first?.page).toBe(page);
      expect(doc.blocks.filter((b) => b.page === page).every((b) => b.textStart >= first!.textStart)).toBe(true);
    }
  });
});
