import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import { cite, listCitationStyles } from '../../../src/main/library/cite/service';
import { BLOCK_SEPARATOR } from '../../../src/shared/text';
import { bundledBriefing, TEST_URL } from './bundled-briefing';

const briefing = await bundledBriefing();
afterAll(() => briefing.close());
const { library, id } = briefing;
const doc = library.get(id);
const documentText = doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
const APA_REFERENCE = `Jütten, M. (2024). EU cooperation with Latin America: Combating drug trafficking in the Andean region (Briefing PE 760.390). European Parliamentary Research Service. ${TEST_URL}`;

describe('copying a short quotation with its citation', () => {
  const quote = 'EU Member States seized a record 303 tonnes of cocaine in 2021.';
  const result = cite(library, { briefingId: id, quote, style: 'apa' });
  const start = documentText.indexOf(quote);

  it('puts the words in quotation marks, the citation after them and the full stop after the citation', () => {
    expect(result.text).toBe(
      `“EU Member States seized a record 303 tonnes of cocaine in 2021” (Jütten, 2024, Introduction section, para. 5).\n\n${APA_REFERENCE}`
    );
  });

  it('links the citation in the HTML to the passage and keeps the title in italics', () => {
    const block = doc.blocks.find((b) => b.text.includes(quote))!;
    expect(result.deepLink).toBe(`briefing-reader://open?briefing=${id}&block=${block.id}&start=${start}&end=${start + quote.length}`);
    expect(result.html).toBe(
      `<p>“EU Member States seized a record 303 tonnes of cocaine in 2021” <a href="${result.deepLink.replaceAll('&', '&#x26;')}">(Jütten, 2024, Introduction section, para. 5)</a>.</p>` +
        `<p>Jütten, M. (2024). <i>EU cooperation with Latin America: Combating drug trafficking in the Andean region</i> (Briefing PE 760.390). European Parliamentary Research Service. ${TEST_URL}</p>`
    );
  });

  it("uses the style's own quotation marks: single ones for Cite Them Right", () => {
    expect(cite(library, { briefingId: id, quote, style: 'harvard' }).text).toMatch(
      /^‘EU Member States seized a record 303 tonnes of cocaine in 2021’ \(Jütten, 2024, Introduction section, para\. 5\)\./
    );
  });
});

describe('copying a selection', () => {
  it('cites a range of the document text and checks it still shows the words the reader selected', () => {
    const start = documentText.indexOf('coca-cultivating country');
    const range = { start, end: start + 'coca-cultivating country'.length };
    const result = cite(library, { briefingId: id, ...range, quote: 'coca-cultivating country', style: 'apa' });
    expect(result.text.split('\n')[0]).toBe('“coca-cultivating country” (Jütten, 2024, Bolivia section, para. 2)');
    expect(() => cite(library, { briefingId: id, ...range, quote: 'Ecuador', style: 'apa' })).toThrow(
      /^Cite: the text at \d+–\d+ of "EU cooperation with Latin America: Combating drug…" \(\w+\) is not "Ecuador"; reload the briefing and select again$/
    );
  });

  it('sets a selection across two paragraphs as a block quotation, without quotation marks, citing where it starts', () => {
    const first = doc.blocks.find((b) => b.text.startsWith('In recent years, Bolivia has'))!;
    const second = doc.blocks[doc.blocks.indexOf(first) + 1]!;
    const result = cite(library, { briefingId: id, start: first.textStart, end: second.textStart + second.text.length, style: 'mla' });
    expect(result.text.startsWith(`${first.text}\n\n${second.text} (Jütten, “Bolivia,” par. 2)\n\nJütten, Marc.`)).toBe(true);
    expect(result.html).toMatch(
      /^<blockquote><p>In recent years, Bolivia has .*<\/p><p>The Comprehensive Policy Council .* <a href="[^"]+">\(Jütten, “Bolivia,” par\. 2\)<\/a><\/p><\/blockquote><p>Jütten, Marc\. <i>/
    );
  });
});

describe('citing a block, a section or the whole briefing', () => {
  it('quotes a whole paragraph given by its block id', () => {
    const block = doc.blocks.find((b) => b.text.startsWith('The EU is Bolivia'))!;
    const result = cite(library, { briefingId: id, blockId: block.id, style: 'chicago' });
    expect(result.quote).toBe(block.text);
    expect(result.citation).toBe('(Jütten 2024, under “Bolivia,” para. 4)');
    expect(result.deepLink).toBe(`briefing-reader://open?briefing=${id}&block=${block.id}`);
  });

  it('cites a section by its heading and links to its first block', () => {
    const section = doc.sections.find((s) => s.title === 'Colombia')!;
    const first = doc.blocks.find((b) => b.sectionId === section.id)!;
    const result = cite(library, { briefingId: id, sectionId: section.id, style: 'apa' });
    expect(result).toMatchObject({
      quote: null,
      citation: '(Jütten, 2024, Colombia section)',
      deepLink: `briefing-reader://open?briefing=${id}&block=${first.id}`
    });
    expect(result.text).toBe(`(Jütten, 2024, Colombia section)\n\n${APA_REFERENCE}`);
  });

  it('cites the whole briefing with a link to the briefing itself', () => {
    const result = cite(library, { briefingId: id, style: 'apa' });
    expect(result).toMatchObject({ quote: null, citation: '(Jütten, 2024)', deepLink: `briefing-reader://open?briefing=${id}` });
  });
});

describe('one-line errors', () => {
  it('names a quote that is not in the briefing, or occurs more than once', () => {
    expect(() => cite(library, { briefingId: id, quote: 'unicorns', style: 'apa' })).toThrow(/^Cite: the quote "unicorns" is not in "EU cooperation/);
    expect(() => cite(library, { briefingId: id, quote: 'cocaine', style: 'apa' })).toThrow(
      /^Cite: the quote "cocaine" occurs \d+ times in .*; give a prefix or suffix/
    );
  });

  it('picks one occurrence of a repeated quote by the words just before it', () => {
    const result = cite(library, { briefingId: id, quote: 'cocaine', prefix: 'seized a record 303 tonnes of', style: 'apa' });
    expect(result.citation).toBe('(Jütten, 2024, Introduction section, para. 5)');
  });

  it('refuses a block or section that is not in the briefing', () => {
    expect(() => cite(library, { briefingId: id, blockId: 999_999, style: 'apa' })).toThrow(`Cite: block 999999 is not in "${doc.metadata.title}" (${id})`);
    expect(() => cite(library, { briefingId: id, sectionId: 999_999, style: 'apa' })).toThrow(/^Cite: section 999999 is not in /);
  });
});

describe('the remembered style', () => {
  it('starts as APA, remembers the style chosen in the app and uses it when none is given', async () => {
    const handlers = createHandlers({ library, version: 'test', notifyLibraryChanged: () => {} });
    const fresh = await bundledBriefing();
    expect(listCitationStyles(fresh.library).current).toBe('apa');
    fresh.close();
    handlers.cite({ briefingId: id, style: 'mla' });
    expect(listCitationStyles(library)).toMatchObject({
      current: 'mla',
      styles: expect.arrayContaining([{ id: 'chicago', name: 'Chicago (17th edition, author-date)' }])
    });
    expect(library.setting('citation.style')).toBe('mla');
    expect(cite(library, { briefingId: id }).style).toBe('mla');
  });

  it('remembers the style chosen for an export of notes, so the export dialog offers it next time', async () => {
    const handlers = createHandlers({ library, version: 'test', notifyLibraryChanged: () => {} });
    await handlers.exportNotes({ briefingId: id, format: 'md', style: 'chicago' });
    expect(listCitationStyles(library).current).toBe('chicago');
    await handlers.exportNotes({ briefingId: id, format: 'md' });
    expect(listCitationStyles(library).current).toBe('chicago');
  });
});
