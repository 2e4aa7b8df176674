/** The Word and the printable HTML exports: opened with mammoth and read as text and markup. */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectNotes } from '../../../src/main/library/export/collect';
import { buildDocx } from '../../../src/main/library/export/docx';
import { buildHtml } from '../../../src/main/library/export/html';
import { annotatedBriefing, BOLIVIA_QUOTE, ECUADOR_QUOTE } from './annotated-briefing';

const briefing = await annotatedBriefing();
afterAll(() => briefing.close());
const bundle = collectNotes(briefing.library, { briefingId: briefing.id, style: 'apa' });
const TITLE = 'EU cooperation with Latin America: Combating drug trafficking in the Andean region';

describe('buildDocx', () => {
  let buffer: Buffer;
  let text: string;
  let html: string;
  beforeAll(async () => {
    buffer = Buffer.from(await buildDocx(bundle));
    text = (await mammoth.extractRawText({ buffer })).value;
    html = (await mammoth.convertToHtml({ buffer })).value;
  });

  it('is a Word document whose text holds the title, the quotations, the notes, the citations and the tags', () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
    expect(paragraphs[0]).toBe(TITLE);
    expect(paragraphs).toContain(ECUADOR_QUOTE);
    expect(paragraphs).toContain('(Jütten, 2024, Introduction section, para. 3)');
    expect(paragraphs).toContain('Sharp rise, "worst" in the region,');
    expect(paragraphs).toContain('see the 2023 study; Ελληνικά, кириллица, café, naïve 😀');
    expect(paragraphs).toContain('#ecuador  #violence');
    for (const paragraph of briefing.twoParagraphsText) expect(paragraphs).toContain(paragraph);
  });

  it("formats the reference's title in italics, the note's Markdown, and links each citation to its passage", () => {
    expect(html).toContain(`<em>${TITLE}</em>`);
    expect(html).toContain('<strong>Key</strong> figure: <em>€108 million</em> since 2008.');
    expect(html).toContain('<li>first</li><li>second</li>');
    expect(html).toContain(
      `<a href="briefing-reader://open?briefing=${briefing.id}&amp;block=${briefing.annotations.bolivia.blockId}&amp;start=${briefing.annotations.bolivia.start}&amp;end=${briefing.annotations.bolivia.end}">(Jütten, 2024, Bolivia section, para. 4)</a>`
    );
    expect(html).toContain(`<p>${BOLIVIA_QUOTE}</p>`);
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
  });
});

describe('buildHtml', () => {
  const html = buildHtml(bundle);

  it('is a self-contained page that loads nothing and runs nothing', () => {
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;">');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('@media print');
  });

  it('escapes every text and shows the raw HTML of a note as text', () => {
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script> &#x3C;b>bold?&#x3C;/b>');
    expect(html).toContain('<strong>Key</strong> figure: <em>€108 million</em> since 2008.');
  });

  it('sets each highlight as a quotation in its colour with its citation linked, in reading order', () => {
    const { ecuador, bolivia } = briefing.annotations;
    expect(html).toContain(
      `<figure class="highlight-pink" id="ann-${ecuador.id}"><blockquote><p>${ECUADOR_QUOTE}</p></blockquote><figcaption><a href="briefing-reader://open?briefing=${briefing.id}&#x26;block=${ecuador.blockId}&#x26;start=${ecuador.start}&#x26;end=${ecuador.end}">(Jütten, 2024, Introduction section, para. 3)</a></figcaption></figure>`
    );
    expect(html.indexOf(`ann-${ecuador.id}`)).toBeLessThan(html.indexOf(`ann-${bolivia.id}`));
    expect(html).toContain('<p class="tags">#eu/funding</p>');
    // The note's "# A heading" sits below the page's title (h1) and section headings (h2).
    expect(html).toContain('<h4>A heading</h4>');
  });
});
