import type { Blockquote, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { collectNotes } from '../../../src/main/library/export/collect';
import { buildMarkdown } from '../../../src/main/library/export/markdown';
import { TEST_URL } from '../cite/bundled-briefing';
import { annotatedBriefing, BOLIVIA_QUOTE, ECUADOR_QUOTE } from './annotated-briefing';

const briefing = await annotatedBriefing();
afterAll(() => briefing.close());
const bundle = () => collectNotes(briefing.library, { briefingId: briefing.id, style: 'apa', now: '2026-01-15T10:00:00.000Z' });
const markdown = buildMarkdown(bundle());
const [, frontMatterText, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown)!;

describe('buildMarkdown', () => {
  it('opens with YAML front matter that a YAML parser reads back: title, authors, date, source, tags', () => {
    expect(YAML.parse(frontMatterText!)).toEqual({
      title: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
      authors: ['Marc Jütten'],
      date: '2024-04',
      source: TEST_URL,
      tags: ['ecuador', 'violence', 'eu/funding'],
      publisher: 'European Parliamentary Research Service',
      'pe-number': 'PE 760.390',
      citation: expect.stringMatching(/^Jütten, M\. \(2024\)\. EU cooperation/),
      'briefing-reader': `briefing-reader://open?briefing=${briefing.id}`,
      exported: '2026-01-15T10:00:00.000Z'
    });
  });

  it('gives each highlight a block quotation that a Markdown parser reads back word for word', () => {
    const tree = fromMarkdown(body!) as Root;
    const quotes = tree.children
      .filter((n): n is Blockquote => n.type === 'blockquote')
      .map((q) => q.children.map((p) => (p.type === 'paragraph' ? p.children.map((c) => ('value' in c ? c.value : '')).join('') : '')));
    expect(quotes).toEqual(expect.arrayContaining([[ECUADOR_QUOTE], [BOLIVIA_QUOTE], briefing.twoParagraphsText]));
  });

  it('follows each quotation with its Obsidian block id, note, citation linked to the passage, and #tags', () => {
    const { ecuador } = briefing.annotations;
    const entry = body!.slice(body!.indexOf(`> ${ECUADOR_QUOTE}`));
    const link = `briefing-reader://open?briefing=${briefing.id}&block=${ecuador.blockId}&start=${ecuador.start}&end=${ecuador.end}`;
    expect(entry.split('\n\n').slice(0, 4)).toEqual([
      `> ${ECUADOR_QUOTE}`,
      `^ann-${ecuador.id}`,
      'Sharp rise, "worst" in the region,\nsee the 2023 study; Ελληνικά, кириллица, café, naïve 😀',
      `[(Jütten, 2024, Introduction section, para. 3)](${link.replaceAll('&', '\\&')}) · #ecuador #violence`
    ]);
  });

  it("keeps a note's Markdown, moves its headings below the export's, and shows raw HTML as text", () => {
    const entry = body!.slice(body!.indexOf(`> ${BOLIVIA_QUOTE}`));
    expect(entry).toContain(
      '**Key** figure: *€108 million* since 2008.\n\n- first\n- second\n\n### A heading\n\n\\<script>alert("x")\\</script> \\<b>bold?\\</b>'
    );
  });

  it('writes the same entries under the same ids when exported again, so a re-export replaces rather than duplicates', () => {
    const again = buildMarkdown(bundle());
    expect(again).toBe(markdown);
    const ids = [...markdown.matchAll(/^\^ann-([0-9a-f-]+)$/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(
      Object.values(briefing.annotations)
        .map((a) => a.id)
        .sort()
    );
  });
});
