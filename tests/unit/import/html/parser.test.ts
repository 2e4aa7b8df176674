import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlParser, parseWebPage } from '../../../../src/main/library/import/html/parser';
import { parseBriefing } from '../../../../src/main/library/import/registry';
import type { ParsedBriefing } from '../../../../src/main/library/model';
import { REPO } from '../../../helpers/temp-library';
import { invariantViolations } from '../eprs-text/invariants';

const FIXTURE = path.join(REPO, 'tests/fixtures/formats/saved-article.html');
const PAGE = fs.readFileSync(FIXTURE, 'utf8');
const outline = (parsed: ParsedBriefing): string[] => parsed.sections.map((s) => `${'  '.repeat(s.level - 1)}${s.title}`);
const spanned = (parsed: ParsedBriefing, start: string) => {
  const found = parsed.blocks.find((b) => b.text.startsWith(start))!;
  return found.spans.map((s) => ({ ...s, text: found.text.slice(s.start, s.end) }));
};
const page = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const LONG =
  'The Council agreed its position on the proposal after long negotiations between the Member States, which had disagreed on the scope of the exemptions for small farms. ';

describe('parseWebPage on an article saved from a news site', () => {
  const parsed = parseWebPage(PAGE, 'saved-article.html');
  const text = parsed.blocks.map((b) => b.text).join('\n');

  it('satisfies every rule of the document model', () => {
    expect(invariantViolations(parsed)).toEqual([]);
  });

  it('reads the metadata Zotero reads: citation tags before Open Graph and <meta name="author">', () => {
    expect(parsed.metadata).toEqual({
      title: 'Water scarcity in southern Europe: adapting agriculture to drought',
      subtitle: null,
      documentType: 'Web page',
      publisher: 'Policy Watch Institute',
      series: null,
      language: 'en-GB',
      year: 2024,
      date: '2024-05-07',
      authors: [
        { family: 'Moreno', given: 'Lucía' },
        { family: 'Bentley', given: 'Peter J.' }
      ],
      peNumber: null,
      url: 'https://policywatch.example.org/analysis/water-scarcity',
      sourceFormat: 'html',
      pages: null
    });
  });

  it('keeps the article and drops the cookie banner, navigation, share bar, related links, newsletter form and footer', () => {
    expect(text).toContain('Southern Europe is drying.');
    expect(text).toContain('Funding remains the sticking point');
    for (const chrome of [
      'cookies',
      'Agriculture\n',
      'About us',
      'Share on',
      'Print this page',
      'Related articles',
      'Heatwaves',
      'newsletter',
      'All rights reserved',
      'Privacy'
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('never keeps scripts, styles, event handlers, javascript: targets or the iframe', () => {
    expect(text).not.toMatch(/track|steal|document\.cookie|alert|window\.|background|video\.example/);
    const hrefs = parsed.blocks.flatMap((b) => b.spans.flatMap((s) => (s.kind === 'link' ? [s.href] : [])));
    expect(hrefs.every((href) => href === null || /^https:\/\//.test(href))).toBe(true);
    expect(spanned(parsed, 'This analysis looks')).toEqual([
      { kind: 'link', start: 32, end: 57, href: 'https://environment.ec.europa.eu/topics/water_en', text: 'EU water policy framework' },
      { kind: 'emphasis', start: 83, end: 109, text: 'Common Agricultural Policy' }
    ]);
  });

  it('takes sections from h1–h6, the heading that repeats the title read as the introduction, and resolves relative links against the page address', () => {
    expect(outline(parsed)).toEqual(['Introduction', 'How bad is the drought?', '  Who is affected', 'What the EU can do']);
    expect(spanned(parsed, 'Three tools stand out')[0]).toMatchObject({
      href: 'https://policywatch.example.org/analysis/water-reuse-regulation',
      text: 'Water Reuse Regulation'
    });
  });

  it('reads the byline, the figure with its printed number and caption (the remote image never kept), list items, the quotation and table rows', () => {
    expect(parsed.blocks.filter((b) => b.kind !== 'paragraph' && b.kind !== 'note').map((b) => [b.kind, b.text])).toEqual([
      ['byline', 'By Lucía Moreno and Peter J. Bentley · 7 May 2024'],
      ['figure', 'Figure 1 – Reservoir levels in Andalusia, 2019–2024, as a share of capacity'],
      ['list-item', 'Irrigated olive and citrus farms on the coast;'],
      ['list-item', 'Rice growers in the Ebro delta;'],
      ['list-item', 'Towns that depend on a single reservoir.'],
      ['quote', 'Water is the new frontier of European climate adaptation, and agriculture is where it will be won or lost.']
    ]);
    expect(parsed.figures).toMatchObject([{ number: '1', caption: 'Reservoir levels in Andalusia, 2019–2024, as a share of capacity', source: null }]);
    expect(text).toContain('Spain | 3 800 000');
    expect(text).not.toContain('cdn.example.com');
  });

  it('turns numbered links to a footnote list into notes attached to their calls, without the back-links', () => {
    expect(parsed.blocks.filter((b) => b.kind === 'note').map((b) => [b.note?.label, b.text])).toEqual([
      ['1', 'Junta de Andalucía, Hydrological bulletin, April 2024.'],
      ['2', 'European Environment Agency, Water resources across Europe, 2021.']
    ]);
    expect(spanned(parsed, 'Southern Europe is drying')).toContainEqual({ kind: 'note-ref', start: 199, end: 200, label: '1', text: '1' });
  });
});

describe('htmlParser.sniff', () => {
  it('recognises a web page by its content whatever its name, so a page renamed .pdf or .txt imports as a web page', async () => {
    expect(htmlParser.sniff(PAGE, 'report.pdf')).toBe(true);
    expect(htmlParser.sniff('\n<!-- saved from url=(0042)https://example.org -->\n<html><body>x</body></html>', 'a.txt')).toBe(true);
    expect((await parseBriefing(PAGE, 'report.pdf')).parser).toBe('html');
  });

  it('recognises an .html file by its name when it holds markup, and leaves plain text alone', () => {
    expect(htmlParser.sniff('<p>A fragment.</p>', 'fragment.htm')).toBe(true);
    expect(htmlParser.sniff('A briefing\n\nThe <b> tag is mentioned in text.', 'a.txt')).toBe(false);
  });
});

describe('parseWebPage on other pages', () => {
  it('takes Open Graph and <meta name="author"> when there are no citation tags, and finds a PE number in the text', () => {
    const parsed = parseWebPage(
      page(
        `<article><h1>Ports</h1><p>${LONG}</p><p>${LONG} Reference PE 760.390.</p></article>`,
        '<meta property="og:title" content="EU ports and shipping"><meta name="author" content="Jan de Vries"><meta property="article:published_time" content="2025-01-20T08:00:00+01:00"><meta property="og:site_name" content="Ports Daily">'
      ),
      'ports.html'
    );
    expect(parsed.metadata).toMatchObject({
      title: 'EU ports and shipping',
      authors: [{ family: 'de Vries', given: 'Jan' }],
      date: '2025-01-20',
      year: 2025,
      publisher: 'Ports Daily',
      peNumber: 'PE 760.390',
      url: null
    });
  });

  it('keeps links to the web and to mail, and drops data:, file: and disguised javascript: targets', () => {
    const parsed = parseWebPage(
      page(
        `<article><p>${LONG}<a href="mailto:desk@example.org">mail</a> <a href="data:text/html,<script>x</script>">data</a> <a href="file:///etc/passwd">file</a> <a href="jav&#x09;ascript:alert(1)">tab</a> <a href="https://example.org/x">web</a></p></article>`
      ),
      'links.html'
    );
    expect(parsed.blocks[0]!.spans.map((s) => (s.kind === 'link' ? s.href : null))).toEqual([
      'mailto:desk@example.org',
      null,
      null,
      null,
      'https://example.org/x'
    ]);
  });

  it('reads a page nested thousands of elements deep without running out of stack', () => {
    const deep = '<div>'.repeat(5000) + LONG.repeat(3) + '</div>'.repeat(5000);
    const parsed = parseWebPage(page(deep), 'deep.html');
    expect(parsed.blocks.map((b) => b.text).join(' ')).toContain('The Council agreed');
  });
});

describe('parseWebPage on bad input', () => {
  it('refuses a page with no article text, naming the file', () => {
    expect(() => parseWebPage(page('<nav><a href="/a">Home</a> <a href="/b">News</a></nav><script>x()</script>'), 'links-only.html')).toThrow(
      'Import: "links-only.html" has no article text Briefing Reader could find (a page of links, or an empty page)'
    );
  });

  it('refuses an empty page', () => {
    expect(() => parseWebPage('<!doctype html><html><head><title>Nothing</title></head><body></body></html>', 'empty.html')).toThrow(
      /"empty\.html" has no article text/
    );
  });
});
