import { afterAll, describe, expect, it } from 'vitest';
import { cslItem } from '../../../src/main/library/cite/csl-item';
import { cslPinpoint, locateBlock, NO_LOCATION, shortenHeading, type PassageLocation } from '../../../src/main/library/cite/locator';
import { plainText } from '../../../src/main/library/cite/rich-text';
import { citationStyle, renderCitation } from '../../../src/main/library/cite/styles';
import type { CitationStyleId } from '../../../src/shared/contract/citations';
import { bundledBriefing } from './bundled-briefing';

const briefing = await bundledBriefing();
afterAll(() => briefing.close());
const doc = briefing.library.get(briefing.id);

/** The in-text citation of the bundled briefing at `location` in `style`. */
function citeAt(style: CitationStyleId, location: Partial<PassageLocation>): string {
  const s = citationStyle(style);
  return plainText(renderCitation(cslItem(doc.id, doc.metadata), s, cslPinpoint({ ...NO_LOCATION, ...location }, s)));
}

describe('locateBlock', () => {
  it('numbers a paragraph among the paragraphs of its section, skipping figure captions and sources', () => {
    const block = doc.blocks.find((b) => b.text.startsWith('In recent years, Bolivia has'))!;
    const bolivia = doc.sections.find((s) => s.id === block.sectionId)!;
    const before = doc.blocks.filter((b) => b.sectionId === bolivia.id && b.textStart < block.textStart).map((b) => b.kind);
    expect(before).toEqual(['paragraph', 'figure', 'figure-source']);
    expect(locateBlock(doc, block)).toMatchObject({ section: 'Bolivia', paragraph: 2, figure: null });
  });

  it('locates a figure caption by its figure number rather than a paragraph', () => {
    const caption = doc.blocks.find((b) => b.kind === 'figure' && b.text.includes('Main cocaine trafficking routes'))!;
    expect(locateBlock(doc, caption)).toMatchObject({ section: 'Bolivia', paragraph: null, figure: '2' });
  });
});

describe('shortenHeading', () => {
  it('keeps a heading of six words or fewer', () => {
    expect(shortenHeading('EU-CELAC cooperation on drug-related issues')).toEqual({ text: 'EU-CELAC cooperation on drug-related issues', shortened: false });
  });

  it('cuts a long heading at its colon, or to its first words without a dangling "in" or "of"', () => {
    expect(shortenHeading("Outlook: El Salvador's war on drugs to become a template?")).toEqual({ text: 'Outlook', shortened: true });
    expect(shortenHeading('Political and security issues in Andean Community countries: Bolivia, Colombia, Ecuador and Peru').text).toBe(
      'Political and security issues'
    );
    expect(shortenHeading('International dimension of EU strategy on drug trafficking and organised crime').text).toBe(
      'International dimension of EU strategy'
    );
  });
});

describe('cslPinpoint', () => {
  it('prints a page, where the source had one, as each style prints pages, with the section after it', () => {
    expect(citeAt('apa', { section: 'Bolivia', paragraph: 3, page: '7' })).toBe('(Jütten, 2024, p. 7, Bolivia section, para. 3)');
    const page = { page: '7' };
    expect(citeAt('apa', page)).toBe('(Jütten, 2024, p. 7)');
    expect(citeAt('chicago', page)).toBe('(Jütten 2024, 7)');
    expect(citeAt('harvard', page)).toBe('(Jütten, 2024, p. 7)');
    expect(citeAt('mla', page)).toBe('(Jütten 7)');
  });

  it("prints a figure and a note with the style's own labels", () => {
    expect(citeAt('apa', { section: 'Bolivia', figure: '2' })).toBe('(Jütten, 2024, Figure 2)');
    expect(citeAt('chicago', { figure: '2' })).toBe('(Jütten 2024, fig. 2)');
    expect(citeAt('mla', { figure: '2' })).toBe('(Jütten, fig. 2)');
    expect(citeAt('chicago', { note: '12' })).toBe('(Jütten 2024, n. 12)');
  });

  it('cites a whole section by its heading alone', () => {
    expect(citeAt('apa', { section: 'Colombia' })).toBe('(Jütten, 2024, Colombia section)');
    expect(citeAt('chicago', { section: 'Colombia' })).toBe('(Jütten 2024, under “Colombia”)');
    expect(citeAt('mla', { section: 'Colombia' })).toBe('(Jütten, “Colombia”)');
  });

  it('puts the comma inside American quotation marks, outside British ones, and drops it after a question mark', () => {
    expect(citeAt('chicago', { section: 'Peru', paragraph: 1 })).toBe('(Jütten 2024, under “Peru,” para. 1)');
    expect(citeAt('harvard', { section: 'The Andean question: what next for the region?', paragraph: 1 })).toBe(
      '(Jütten, 2024, ‘The Andean question’ section, para. 1)'
    );
    expect(citeAt('chicago', { section: 'What next?', paragraph: 5 })).toBe('(Jütten 2024, under “What next?” para. 5)');
  });

  it('passes a heading through untouched even when it contains words CSL knows as labels', () => {
    expect(citeAt('apa', { section: 'Art. 5 and p. 3', paragraph: 2 })).toBe('(Jütten, 2024, Art. 5 and p. 3 section, para. 2)');
  });
});
