/**
 * Citations of the bundled briefing in each bundled style, against strings written by hand from
 * the style guides (APA 7th ed., Chicago Manual of Style 17th ed. author-date, Cite Them Right 12th
 * ed. Harvard, MLA Handbook 9th ed.). Where the CSL processor's output differs from the first hand
 * expectation and the output was accepted, the comment says what differs and why.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CitationStyleId } from '../../../src/shared/contract/citations';
import { cite } from '../../../src/main/library/cite/service';
import { bundledBriefing, TEST_URL } from './bundled-briefing';

const TITLE = 'EU cooperation with Latin America: Combating drug trafficking in the Andean region';
const TITLE_CASE = 'EU Cooperation with Latin America: Combating Drug Trafficking in the Andean Region';
const EPRS = 'European Parliamentary Research Service';

/** A passage of the "Bolivia" section: its fourth paragraph (figure captions are not paragraphs). */
const BOLIVIA_QUOTE = "The EU is Bolivia's largest donor";
/** The second paragraph of "Political and security issues in Andean Community countries: Bolivia, Colombia, Ecuador and Peru". */
const ANDEAN_QUOTE = 'As almost all of the cocaine produced comes from Andean Community countries';

interface Expected {
  reference: string;
  whole: string;
  passage: string;
}

/** Marc Jütten's briefing, April 2024, PE 760.390. */
const PERSONAL_AUTHOR: Record<CitationStyleId, Expected> = {
  // APA 7, 10.4 (report by an individual author, agency as publisher); 8.28 (section and paragraph).
  // Hand expectation "(PE 760.390)"; the style prints the genre with the number, "(Briefing PE
  // 760.390)", as APA's "Report No. 123" pattern names the publisher's own designation — accepted.
  apa: {
    reference: `Jütten, M. (2024). ${TITLE} (Briefing PE 760.390). ${EPRS}. ${TEST_URL}`,
    whole: '(Jütten, 2024)',
    passage: '(Jütten, 2024, Bolivia section, para. 4)'
  },
  // CMOS 17, 14.220 and 15.x (author-date). Hand expectation: the title in italics, as for a
  // book. The CSL Chicago style sets a `report` title in quotation marks, as CMOS does for papers
  // in a numbered series (the briefing is no. PE 760.390 of the EPRS series) — accepted. No place
  // of publication: the metadata has none, and CMOS does not require one for an online document.
  chicago: {
    reference: `Jütten, Marc. 2024. “${TITLE_CASE}.” Briefing PE 760.390. ${EPRS}. ${TEST_URL}.`,
    whole: '(Jütten 2024)',
    passage: '(Jütten 2024, under “Bolivia,” para. 4)'
  },
  // Cite Them Right 12th ed., "Reports". Hand expectation added a place ("Brussels:") and
  // "(Accessed: date)"; the metadata has no place, and an access date would be untrue for a file
  // read offline, so both are left out — accepted. "Briefing PE 760.390" as in APA.
  harvard: {
    reference: `Jütten, M. (2024) ${TITLE}. Briefing PE 760.390. ${EPRS}. Available at: ${TEST_URL}.`,
    whole: '(Jütten, 2024)',
    passage: '(Jütten, 2024, Bolivia section, para. 4)'
  },
  // MLA 9 (core elements: Title. Number, Publisher, Date, Location). Hand expectation left out
  // "https://" (MLA 9 recommends omitting the scheme); the style keeps the full URL, which MLA
  // also allows — accepted. MLA abbreviates paragraph as "par." (the bundled style is patched).
  mla: {
    reference: `Jütten, Marc. ${TITLE_CASE}. Briefing, PE 760.390, ${EPRS}, Apr. 2024, ${TEST_URL}.`,
    whole: '(Jütten)',
    passage: '(Jütten, “Bolivia,” par. 4)'
  }
};

/** The same briefing with the organisation as author (and publisher), cited with a locator. */
const ORGANISATION_AUTHOR: Record<CitationStyleId, Omit<Expected, 'whole'>> = {
  // APA 7, 9.25: when the author and the publisher are the same, the publisher is left out.
  // 8.28: a long heading is cited by a short form in quotation marks. The heading keeps the
  // briefing's own capitalisation (hand expectation: title case) so a reader can find it.
  apa: {
    reference: `${EPRS}. (2024). ${TITLE} (Briefing PE 760.390). ${TEST_URL}`,
    passage: `(${EPRS}, 2024, “Political and security issues” section, para. 2)`
  },
  // CMOS 17 repeats the organisation as publisher.
  chicago: {
    reference: `${EPRS}. 2024. “${TITLE_CASE}.” Briefing PE 760.390. ${EPRS}. ${TEST_URL}.`,
    passage: `(${EPRS} 2024, under “Political and security issues,” para. 2)`
  },
  // Cite Them Right repeats the organisation as publisher; British single quotation marks.
  harvard: {
    reference: `${EPRS} (2024) ${TITLE}. Briefing PE 760.390. ${EPRS}. Available at: ${TEST_URL}.`,
    passage: `(${EPRS}, 2024, ‘Political and security issues’ section, para. 2)`
  },
  // MLA 9, 5.21: an organisation that is both author and publisher is given as publisher only;
  // the entry, and the in-text citation, start with the (short) title.
  mla: {
    reference: `${TITLE_CASE}. Briefing, PE 760.390, ${EPRS}, Apr. 2024, ${TEST_URL}.`,
    passage: `(EU Cooperation with Latin America, “Political and security issues,” par. 2)`
  }
};

const personal = await bundledBriefing();
const organisation = await bundledBriefing({
  authors: [{ literal: EPRS }],
  date: '2024-04',
  peNumber: 'PE 760.390',
  url: TEST_URL,
  publisher: EPRS
});
afterAll(() => {
  personal.close();
  organisation.close();
});

describe.each(Object.keys(PERSONAL_AUTHOR) as CitationStyleId[])('citing the bundled briefing in %s', (style) => {
  it('gives the reference-list entry and the in-text citation of the whole briefing', () => {
    const result = cite(personal.library, { briefingId: personal.id, style });
    expect(result.bibliography).toBe(PERSONAL_AUTHOR[style].reference);
    expect(result.citation).toBe(PERSONAL_AUTHOR[style].whole);
  });

  it('cites a quoted passage with its section and paragraph', () => {
    const result = cite(personal.library, { briefingId: personal.id, quote: BOLIVIA_QUOTE, style });
    expect(result.citation).toBe(PERSONAL_AUTHOR[style].passage);
    expect(result).toMatchObject({ sectionTitle: 'Bolivia', paragraph: 4 });
  });

  it('cites a report by an organisation author with a locator', () => {
    const result = cite(organisation.library, { briefingId: organisation.id, quote: ANDEAN_QUOTE, style });
    expect(result.bibliography).toBe(ORGANISATION_AUTHOR[style].reference);
    expect(result.citation).toBe(ORGANISATION_AUTHOR[style].passage);
  });
});

describe('the HTML of a citation', () => {
  it('keeps the title in italics where the style italicises it, and in quotation marks where it does not', () => {
    const html = (style: CitationStyleId) => cite(personal.library, { briefingId: personal.id, style }).html;
    expect(html('apa')).toContain(`<i>${TITLE}</i>`);
    expect(html('harvard')).toContain(`<i>${TITLE}</i>`);
    expect(html('mla')).toContain(`<i>${TITLE_CASE}</i>`);
    expect(html('chicago')).toContain(`“${TITLE_CASE}.”`);
    expect(html('chicago')).not.toContain('<i>');
  });
});
