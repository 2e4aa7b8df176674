/**
 * The whole-briefing reference formats, each read back by an independent parser: BibTeX by
 * @retorquere/bibtex-parser (Better BibTeX for Zotero's parser), RIS by astrocite-ris, CSL-JSON by
 * JSON.parse.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingReference } from '../../../src/main/library/cite/service';
import { bundledBriefing, TEST_URL } from './bundled-briefing';

const TITLE = 'EU cooperation with Latin America: Combating drug trafficking in the Andean region';

const AUTHORS = [{ family: 'Jütten', given: 'Marc' }, { family: 'Παπαδόπουλος', given: 'Γιώργος' }, { literal: 'European Parliamentary Research Service' }];
const briefing = await bundledBriefing({
  authors: AUTHORS,
  date: '2024-04-12',
  peNumber: 'PE 760.390',
  url: TEST_URL,
  publisher: 'European Parliamentary Research Service',
  series: 'EPRS Briefing'
});
afterAll(() => briefing.close());

describe('briefingReference as BibTeX', () => {
  const reference = briefingReference(briefing.library, briefing.id, 'bibtex');

  it('is a technical report that a BibTeX parser reads back field by field, accents and Greek intact', () => {
    const parsed = parseBibtex(reference.content, { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const [entry] = parsed.entries;
    expect(entry!.type).toBe('techreport');
    expect(entry!.fields.author).toEqual([
      { lastName: 'Jütten', firstName: 'Marc' },
      { lastName: 'Παπαδόπουλος', firstName: 'Γιώργος' },
      { name: 'European Parliamentary Research Service' }
    ]);
    expect(entry!.fields).toMatchObject({
      title: TITLE,
      year: '2024',
      number: 'PE 760.390',
      type: 'Briefing',
      series: 'EPRS Briefing',
      institution: ['European Parliamentary Research Service'],
      url: TEST_URL
    });
  });

  it("keeps Cyrillic letters and LaTeX's special characters as they are written", async () => {
    const special = await bundledBriefing({ title: 'Наркотрафик: 100 % of $5 & #1 {risk} ~ a_b^c \\ end', publisher: 'Европейски парламент' });
    const content = briefingReference(special.library, special.id, 'bibtex').content;
    const parsed = parseBibtex(content, { sentenceCase: false });
    special.close();
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]!.fields).toMatchObject({
      title: 'Наркотрафик: 100 % of $5 & #1 {risk} ~ a_b^c \\ end',
      institution: ['Европейски парламент']
    });
  });

  it('is offered under a file name made of author, year and title', () => {
    expect(reference).toMatchObject({ filename: 'Jutten-2024-EU-cooperation-with-Latin-America.bib', mime: 'application/x-bibtex' });
  });
});

describe('briefingReference as RIS', () => {
  const reference = briefingReference(briefing.library, briefing.id, 'ris');

  it('has one tag per line, CRLF-terminated, none broken mid-word', () => {
    const lines = reference.content.split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.filter((l) => l !== '').every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(lines).toContain(`TI  - ${TITLE}`);
  });

  it('reads back with a RIS parser as the same report', () => {
    const [item] = parseRis(reference.content);
    expect(item).toMatchObject({
      type: 'report',
      title: TITLE,
      publisher: 'European Parliamentary Research Service',
      number: 'PE 760.390',
      genre: 'Briefing',
      'container-title': 'EPRS Briefing',
      URL: TEST_URL
    });
    expect(item!.author!.slice(0, 2)).toEqual([
      { family: 'Jütten', given: 'Marc' },
      { family: 'Παπαδόπουλος', given: 'Γιώργος' }
    ]);
    // astrocite-ris reads the year from PY; the full date is in DA.
    expect(Number(item!.issued!['date-parts']![0]![0])).toBe(2024);
    expect(reference.content).toContain('DA  - 2024/4/12/\r\n');
  });

  it('writes an organisation as one AU line (RIS has no mark for corporate authors)', () => {
    expect(reference.content).toContain('AU  - European Parliamentary Research Service\r\n');
  });
});

describe('briefingReference as CSL-JSON', () => {
  it('is the CSL item every citation is made from', () => {
    const reference = briefingReference(briefing.library, briefing.id, 'csl-json');
    expect(JSON.parse(reference.content)).toEqual([
      {
        id: briefing.id,
        type: 'report',
        title: TITLE,
        'title-short': 'EU cooperation with Latin America',
        author: AUTHORS,
        issued: { 'date-parts': [[2024, 4, 12]] },
        genre: 'Briefing',
        number: 'PE 760.390',
        publisher: 'European Parliamentary Research Service',
        'collection-title': 'EPRS Briefing',
        URL: TEST_URL,
        language: 'en'
      }
    ]);
    expect(reference.mime).toBe('application/vnd.citationstyles.csl+json');
  });
});
