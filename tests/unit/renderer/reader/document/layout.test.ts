import { describe, expect, it } from 'vitest';
import { buildLayout, type ArticleItem } from '../../../../../src/renderer/src/reader/document/layout';
import { BUNDLED_BRIEFING, tempLibrary } from '../../../../helpers/temp-library';

async function bundledLayout() {
  const { library, close } = tempLibrary();
  const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
  const doc = library.get((outcome as { id: string }).id);
  close();
  return { doc, layout: buildLayout(doc) };
}

const items = (layout: ReturnType<typeof buildLayout>): ArticleItem[] => layout.sections.flatMap((section) => section.items);

describe('buildLayout', async () => {
  const { doc, layout } = await bundledLayout();

  it('sets the summary apart from the body sections', () => {
    expect(layout.summary?.section.kind).toBe('summary');
    expect(layout.sections.map((s) => s.section.kind)).not.toContain('summary');
    expect(layout.summary?.items.length).toBeGreaterThan(0);
  });

  it('keeps every block exactly once, in reading order', () => {
    const shown: number[] = [];
    const collect = (item: ArticleItem): void => {
      if (item.type === 'block') shown.push(item.block.id);
      else if (item.type === 'list') shown.push(...item.items.map((b) => b.id));
      else if (item.type === 'figure') shown.push(item.caption.id, ...(item.source ? [item.source.id] : []));
      else {
        if (item.title) shown.push(item.title.id);
        item.items.forEach(collect);
      }
    };
    [...layout.lead, ...(layout.summary?.items ?? []), ...items(layout)].forEach(collect);
    shown.push(...layout.notes.map((b) => b.id), ...layout.references.flatMap((g) => g.blocks.map((b) => b.id)));
    if (layout.backMatterHeading) shown.push(layout.backMatterHeading.id);
    shown.push(...layout.backMatter.map((b) => b.id));
    expect(shown).toEqual(doc.blocks.map((b) => b.id));
  });

  it('pairs each figure caption with its source line', () => {
    const figures = items(layout).filter((item) => item.type === 'figure');
    expect(figures).toHaveLength(2);
    expect(figures.map((f) => f.type === 'figure' && f.source?.text)).toEqual(['Source: UNODC.', expect.stringContaining('Economist')]);
  });

  it('groups consecutive list items into one list', () => {
    const lists = items(layout).filter((item) => item.type === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.type === 'list' && lists[0].items).toHaveLength(8);
  });

  it('names every part in the table of contents, the end matter included', () => {
    expect(layout.toc.map((entry) => entry.title)).toEqual([
      'Summary',
      'Introduction',
      'International dimension of EU strategy on drug trafficking and organised crime',
      'EU-CELAC cooperation on drug-related issues',
      'Political and security issues in Andean Community countries: Bolivia, Colombia, Ecuador and Peru',
      'Bolivia',
      'Colombia',
      'Ecuador',
      'Peru',
      "Outlook: El Salvador's war on drugs to become a template?",
      'References',
      'DISCLAIMER AND COPYRIGHT'
    ]);
    expect(layout.toc.find((entry) => entry.title === 'Bolivia')?.level).toBe(2);
  });

  it('keeps the copyright line in the back matter', () => {
    expect(layout.backMatter.map((b) => b.text)).toContain('© European Union, 2024.');
  });
});
