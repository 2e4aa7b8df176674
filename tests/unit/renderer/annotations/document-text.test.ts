import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationAt, blockPieces, documentSlice, trimRange } from '../../../../src/renderer/src/annotations/document-text';
import type { BlockInfo } from '../../../../src/shared/types';

/** Blocks laid out as the core does: texts joined by a blank line. */
function layout(texts: string[]): { blocks: BlockInfo[]; text: string } {
  let at = 0;
  const blocks = texts.map((text, i) => {
    const block: BlockInfo = { id: i + 1, sectionId: 1, kind: 'paragraph', text, textStart: at, spans: [], page: null };
    at += text.length + 2;
    return block;
  });
  return { blocks, text: texts.join('\n\n') };
}

const { blocks, text } = layout(['Cocaine production doubled.', 'Ecuador: 45 homicides per 100 000.', 'The EU responds.']);

describe('documentSlice', () => {
  it('quotes inside one block', () => {
    expect(documentSlice(blocks, 8, 18)).toBe('production');
  });

  it('joins the parts of several blocks with the blank line between them', () => {
    const start = text.indexOf('doubled');
    const end = text.indexOf(' homicides');
    expect(documentSlice(blocks, start, end)).toBe('doubled.\n\nEcuador: 45');
  });

  it('is the document text for any range (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (texts, a, b) => {
        const doc = layout(texts);
        const start = a % (doc.text.length + 1);
        const end = b % (doc.text.length + 1);
        const [from, to] = start <= end ? [start, end] : [end, start];
        expect(documentSlice(doc.blocks, from, to)).toBe(doc.text.slice(from, to));
      })
    );
  });
});

describe('blockPieces', () => {
  it('cuts a range across blocks into block offsets, skipping the gaps', () => {
    const start = text.indexOf('doubled');
    const end = text.indexOf('EU') + 2;
    expect(blockPieces(blocks, start, end)).toEqual([
      { blockId: 1, start: 19, end: 27 },
      { blockId: 2, start: 0, end: blocks[1]!.text.length },
      { blockId: 3, start: 0, end: 6 }
    ]);
  });

  it('covers every character of the range that belongs to a block, once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (texts, a, b) => {
        const doc = layout(texts);
        const [from, to] = [a % (doc.text.length + 1), b % (doc.text.length + 1)].sort((x, y) => x - y) as [number, number];
        const covered = blockPieces(doc.blocks, from, to).flatMap((p) => {
          const textStart = doc.blocks[p.blockId - 1]!.textStart;
          return Array.from({ length: p.end - p.start }, (_, i) => textStart + p.start + i);
        });
        const inBlocks = Array.from({ length: to - from }, (_, i) => from + i).filter((offset) =>
          doc.blocks.some((block) => offset >= block.textStart && offset < block.textStart + block.text.length)
        );
        expect(covered).toEqual(inBlocks);
      })
    );
  });
});

describe('trimRange', () => {
  it('drops white space and block gaps at both ends', () => {
    const start = text.indexOf('doubled');
    const end = text.indexOf('Ecuador');
    expect(trimRange(blocks, { start, end })).toEqual({ start, end: start + 'doubled.'.length });
  });

  it('is null for a range of white space only', () => {
    const gap = blocks[1]!.textStart - 2;
    expect(trimRange(blocks, { start: gap, end: gap + 2 })).toBeNull();
  });
});

describe('annotationAt', () => {
  const annotations = [
    { id: 'wide', start: 0, end: 27, status: 'exact' },
    { id: 'narrow', start: 8, end: 18, status: 'fuzzy' },
    { id: 'gone', start: 0, end: 40, status: 'orphan' }
  ];

  it('picks the shortest annotation under the offset, so a small one inside a larger one stays reachable', () => {
    expect(annotationAt(annotations, 10)?.id).toBe('narrow');
    expect(annotationAt(annotations, 2)?.id).toBe('wide');
  });

  it('ignores orphans (they are not in the text) and offsets past the end', () => {
    expect(annotationAt(annotations, 30)).toBeNull();
    expect(annotationAt(annotations, 27)).toBeNull();
  });
});
