import { describe, expect, it } from 'vitest';
import { buildLayout, type ArticleItem } from '../../../../../src/renderer/src/reader/document/layout';
import path from 'node:path';
import { BUNDLED_BRIEFING, tempLibrary } from '../../../../helpers/temp-library';

const SAMPLES = path.resolve(__dirname, '../../../../fixtures/samples');

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
      'Main references',
      'DISCLAIMER AND COPYRIGHT'
    ]);
    expect(layout.toc.find((entry) => entry.title === 'Bolivia')?.level).toBe(2);
  });

  it('names the references the same in the contents and in their heading', () => {
    expect(layout.referencesTitle).toBe('Main references');
    expect(layout.toc.filter((entry) => entry.anchor === 'references').map((entry) => entry.title)).toEqual([layout.referencesTitle]);
  });

  it('shows every body heading of a briefing whose sections do not repeat its title', () => {
    expect(layout.sections.filter((s) => s.repeatsTitle)).toEqual([]);
  });

  it('keeps the copyright line in the back matter', () => {
    expect(layout.backMatter.map((b) => b.text)).toContain('© European Union, 2024.');
  });
});

describe('buildLayout of other briefings', () => {
  async function layoutOf(file: string) {
    const { library, close } = tempLibrary();
    const [outcome] = await library.importFiles([file]);
    const doc = library.get((outcome as { id: string }).id);
    close();
    return buildLayout(doc);
  }

  it("does not show an At a glance note's title again as its first heading, but keeps it in the contents", async () => {
    const layout = await layoutOf(path.join(SAMPLES, '03-generative-ai-conscious.txt'));
    expect(layout.sections[0]).toMatchObject({ repeatsTitle: true, section: { title: 'What if generative artificial intelligence became conscious?' } });
    expect(layout.sections.slice(1).every((s) => !s.repeatsTitle)).toBe(true);
    expect(layout.toc[0]?.title).toBe('What if generative artificial intelligence became conscious?');
  });

  it('calls a briefing\'s endnotes "Endnotes", never "Notes" (the name of the view of the user\'s notes)', async () => {
    const layout = await layoutOf(path.join(SAMPLES, '04-should-we-fear-ai.txt'));
    expect(layout.notes.length).toBeGreaterThan(0);
    const titles = layout.toc.map((entry) => entry.title);
    expect(titles).toContain('Endnotes');
    expect(titles).not.toContain('Notes');
  });
});
