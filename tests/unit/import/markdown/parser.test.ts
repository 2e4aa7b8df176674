import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownParser, parseMarkdown } from '../../../../src/main/library/import/markdown/parser';
import { parseBriefing } from '../../../../src/main/library/import/registry';
import type { ParsedBriefing } from '../../../../src/main/library/model';
import { REPO } from '../../../helpers/temp-library';
import { invariantViolations } from '../eprs-text/invariants';

const FIXTURE = path.join(REPO, 'tests/fixtures/formats/critical-raw-materials.md');
const outline = (parsed: ParsedBriefing): string[] => parsed.sections.map((s) => `${'  '.repeat(s.level - 1)}${s.title}`);
const block = (parsed: ParsedBriefing, start: string) => parsed.blocks.find((b) => b.text.startsWith(start));
const spanned = (parsed: ParsedBriefing, start: string) => {
  const found = block(parsed, start)!;
  return found.spans.map((s) => ({ ...s, text: found.text.slice(s.start, s.end) }));
};

describe('parseMarkdown on a briefing written in Markdown with front matter', () => {
  const parsed = parseMarkdown(fs.readFileSync(FIXTURE, 'utf8'), FIXTURE);

  it('satisfies every rule of the document model', () => {
    expect(invariantViolations(parsed)).toEqual([]);
  });

  it('reads title, subtitle, authors, date, publisher, type, PE number and address from the front matter', () => {
    expect(parsed.metadata).toEqual({
      title: "Securing critical raw materials: the EU's new supply strategy",
      subtitle: 'Stockpiles, partnerships and recycling targets',
      documentType: 'Briefing',
      publisher: 'Policy Notes Collective',
      series: null,
      language: 'en',
      year: 2024,
      date: '2024-03-18',
      authors: [
        { family: 'Macías', given: 'Ana' },
        { family: 'de Vries', given: 'Jan' }
      ],
      peNumber: 'PE 757.601',
      url: 'https://example.org/notes/critical-raw-materials',
      sourceFormat: 'markdown',
      pages: null
    });
  });

  it('takes sections from the # levels, the title heading left out and a skipped level nested under its parent', () => {
    expect(outline(parsed)).toEqual(['Introduction', 'Background', '  A skipped level', 'Benchmarks in the Act', '  Outlook']);
    expect(parsed.sections.map((s) => s.parent)).toEqual([null, null, 1, null, 3]);
  });

  it('keeps emphasis, strong text and links with their real targets, resolving reference-style links', () => {
    expect(spanned(parsed, 'Demand for lithium')).toEqual([
      { kind: 'strong', start: 31, end: 42, text: 'rare earths' },
      { kind: 'note-ref', start: 137, end: 138, label: '2', text: '2' },
      { kind: 'link', start: 147, end: 168, href: 'https://single-market-economy.ec.europa.eu/sectors/raw-materials_en', text: "Commission's proposal" },
      { kind: 'link', start: 177, end: 198, href: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0474', text: 'earlier communication' }
    ]);
  });

  it('numbers footnotes by their first call and attaches every call, including a second call to the same note', () => {
    const notes = parsed.blocks.filter((b) => b.kind === 'note');
    expect(notes.map((n) => [n.note?.label, n.text, n.section])).toEqual([
      ['1', "China supplied 98 % of the EU's rare earth magnets in 2022.", null],
      ['2', "European Commission, Study on the critical raw materials for the EU, 2023. The study's second paragraph continues the note.", null]
    ]);
    expect(spanned(parsed, 'The European Union imports')[0]).toMatchObject({ kind: 'note-ref', label: '1', text: '1' });
    expect(spanned(parsed, 'Links to nowhere').find((s) => s.kind === 'note-ref')).toMatchObject({ label: '2' });
  });

  it('drops raw HTML, a script and its code included, and the target of a javascript: link', () => {
    const all = parsed.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/alert|script|steal|onclick|Raw HTML/);
    expect(spanned(parsed, 'Links to nowhere')[0]).toEqual({ kind: 'link', start: 9, end: 16, href: null, text: 'nowhere' });
  });

  it('reads lists with their numbers and task boxes, a quotation, table rows and an image as a figure', () => {
    const kinds = parsed.blocks.filter((b) => b.section === 3).map((b) => [b.kind, b.text, b.list?.marker ?? null]);
    expect(kinds).toEqual([
      ['paragraph', 'Stage | Share of EU consumption', null],
      ['paragraph', 'Extraction | 10 %', null],
      ['paragraph', 'Processing | 40 %', null],
      ['list-item', 'Extraction of at least 10 % of annual consumption.', '1.'],
      ['list-item', 'Processing of at least 40 %.', '2.'],
      ['list-item', 'with a sub-point on refining', null],
      ['list-item', 'Recycling of at least 25 %.', '3.'],
      ['list-item', '☑ Strategic projects selected', null],
      ['list-item', '☐ Stockpiling rules adopted', null],
      ['quote', 'No more than 65 % of any strategic raw material should come from a single third country.', null],
      ['figure', 'Map of strategic projects in the Member States', null]
    ]);
    expect(parsed.figures).toEqual([
      {
        block: parsed.blocks.findIndex((b) => b.kind === 'figure'),
        number: '1',
        caption: 'Map of strategic projects in the Member States',
        source: null,
        sourceBlock: null
      }
    ]);
  });

  it('is chosen by the registry for a .md file', async () => {
    expect((await parseBriefing(fs.readFileSync(FIXTURE, 'utf8'), 'notes.md')).parser).toBe('markdown');
  });
});

describe('parseMarkdown on small notes', () => {
  it('titles a note without front matter after its leading # heading, and text before the next heading is its introduction', () => {
    const parsed = parseMarkdown('# Fisheries after Brexit\n\nQuotas were shared out again in 2021.\n\n## Outlook\n\nTalks resume in 2026.\n', 'f.md');
    expect(parsed.metadata.title).toBe('Fisheries after Brexit');
    expect(outline(parsed)).toEqual(['Introduction', 'Outlook']);
    expect(parsed.metadata).toMatchObject({ documentType: 'Note', authors: [], date: null, sourceFormat: 'markdown' });
  });

  it('titles a note with neither front matter nor a leading heading after its file', () => {
    const parsed = parseMarkdown('Just a line of text, no heading.\n', '/home/ana/inbox/quick thought.md');
    expect(parsed.metadata.title).toBe('quick thought');
    expect(outline(parsed)).toEqual(['quick thought']);
    expect(invariantViolations(parsed)).toEqual([]);
  });

  it('keeps a leading # heading as a section when the front matter gives another title', () => {
    const parsed = parseMarkdown('---\ntitle: The real title\n---\n# Introduction\n\nText.\n', 'n.md');
    expect(parsed.metadata.title).toBe('The real title');
    expect(outline(parsed)).toEqual(['Introduction']);
  });

  it('builds a well-formed tree from headings that start deep and go back up', () => {
    const parsed = parseMarkdown('### Deep first\n\nA.\n\n# Top\n\nB.\n\n#### Deeper\n\nC.\n\n## Middle\n\nD.\n', 'n.md');
    expect(outline(parsed)).toEqual(['Deep first', 'Top', '  Deeper', '  Middle']);
    expect(invariantViolations(parsed)).toEqual([]);
  });

  it('reads an author written as one string with several names, and a date with a time', () => {
    const parsed = parseMarkdown('---\nauthor: Ana Macías and Jan de Vries\ndate: 2023-11-02T09:30:00Z\n---\nText.\n', 'n.md');
    expect(parsed.metadata.authors).toEqual([
      { family: 'Macías', given: 'Ana' },
      { family: 'de Vries', given: 'Jan' }
    ]);
    expect(parsed.metadata.date).toBe('2023-11-02');
  });

  it('drops a footnote call whose note was never written: its text stays as written', () => {
    const parsed = parseMarkdown('A claim.[^missing]\n', 'n.md');
    expect(parsed.blocks.map((b) => [b.kind, b.text, b.spans])).toEqual([['paragraph', 'A claim.[^missing]', []]]);
  });

  it('drops the text between inline <script> tags as well as the tags', () => {
    const parsed = parseMarkdown('Before <script>steal(document.cookie)</script> after.\n', 'n.md');
    expect(parsed.blocks[0]!.text).toBe('Before after.');
  });
});

describe('markdownParser.sniff', () => {
  it('claims .md and .markdown files, and any file that opens with YAML front matter', () => {
    expect(markdownParser.sniff('Plain words.', 'a.md')).toBe(true);
    expect(markdownParser.sniff('Plain words.', 'a.MARKDOWN')).toBe(true);
    expect(markdownParser.sniff('---\ntitle: A note\n---\nText.', 'a.txt')).toBe(true);
  });

  it('leaves plain text files to the text importer, including one that starts with a rule of dashes', () => {
    expect(markdownParser.sniff('A briefing\n\nSUMMARY\n\nText.', 'a.txt')).toBe(false);
    expect(markdownParser.sniff('---\n\nNot front matter.\n\n---\n', 'a.txt')).toBe(false);
  });
});

describe('parseMarkdown on bad input', () => {
  it('refuses front matter that is not valid YAML, naming the file and the line', () => {
    expect(() => parseMarkdown('---\ntitle: "unclosed\nauthor: [a, b\n---\nText.\n', 'broken.md')).toThrow(
      /^Import: "broken\.md" has front matter that is not valid YAML \(line \d+\): .+$/
    );
  });

  it('refuses front matter that is a list instead of key: value lines', () => {
    expect(() => parseMarkdown('---\n- one\n- two\n---\nText.\n', 'list.md')).toThrow(
      'Import: "list.md" has front matter that is not a list of "key: value" lines'
    );
  });

  it('refuses a file with front matter and nothing else', () => {
    expect(() => parseMarkdown('---\ntitle: Empty\n---\n', 'empty.md')).toThrow(
      'Import: "empty.md" has no text to import (only front matter, headings or markup)'
    );
  });

  it('refuses a file of raw HTML only', () => {
    expect(() => parseMarkdown('<div onclick="x()">\n<script>alert(1)</script>\n</div>\n', 'html-only.md')).toThrow(/has no text to import/);
  });
});
