import { describe, expect, it } from 'vitest';
import { searchLibrary, type BriefingSpec } from './search-fixtures';

const ANDES: BriefingSpec = {
  id: 'andes111',
  title: 'Drug markets in the Andes',
  year: 2023,
  sections: [
    {
      title: 'Port operations',
      paragraphs: ['Police seized 12 tonnes of cocaine in the port of Guayaquil.', 'Cocaine seizures rose sharply in Europe last year.']
    },
    {
      title: 'Money and crime',
      paragraphs: [
        'Money laundering through shell companies remains a major concern.',
        'Laundering of money by gangs was discussed; the money came from extortion.'
      ]
    },
    { title: 'Ecuador', paragraphs: ['Adolfo Macías escaped from prison in January.', 'The seizure of a narcosubmarine made headlines.'] }
  ]
};

const PRISONS: BriefingSpec = {
  id: 'prisons2',
  title: 'Prison policy in Europe',
  year: 2019,
  type: 'At a glance',
  sections: [
    { title: 'Prisons', paragraphs: ['Prison overcrowding is a policy problem for many governments, including Ecuador.'] },
    { title: 'Police cooperation', paragraphs: ['Police cooperation across borders improved after the agreement.'] }
  ]
};

describe('search ranking', () => {
  it('ranks the word as typed above its other forms: seizures, then seizure, then seized', () => {
    const lib = searchLibrary([ANDES]);
    const response = lib.search('seizures');
    expect(response.hits.map((h) => [h.snippetText, h.match])).toEqual([
      ['Cocaine seizures rose sharply in Europe last year.', 'exact'],
      ['The seizure of a narcosubmarine made headlines.', 'stem'],
      ['Police seized 12 tonnes of cocaine in the port of Guayaquil.', 'stem']
    ]);
  });

  it('never ranks an approximate match above a match as typed, however strong', () => {
    const colombia = Array.from({ length: 24 }, (_, i) => `Colombia Colombia Colombia report ${i}.`);
    const lib = searchLibrary([
      { id: 'colombia', title: 'Colombia', sections: [{ title: 'Colombia', paragraphs: colombia }] },
      {
        id: 'typo0001',
        title: 'Other matters',
        sections: [{ title: 'Notes', paragraphs: [`A long paragraph about many other things ${'and more '.repeat(30)} with one Colmbia typo.`] }]
      }
    ]);
    const response = lib.search('Colmbia');
    expect(response.hits[0]).toMatchObject({ briefingId: 'typo0001', match: 'exact' });
    expect(response.hits.slice(1).every((h) => h.match === 'fuzzy')).toBe(true);
    expect(response.total).toBe(25);
  });

  it('finds the blocks of a section by its heading, above a passing mention in another section', () => {
    const lib = searchLibrary([ANDES, PRISONS]);
    const hits = lib.search('Ecuador').hits;
    expect(hits.slice(0, 2).map((h) => h.sectionTitle)).toEqual(['Ecuador', 'Ecuador']);
    expect(hits[2]).toMatchObject({ sectionTitle: 'Prisons' });
  });

  it('matches a word of the briefing title in every block of that briefing', () => {
    const lib = searchLibrary([ANDES, PRISONS]);
    const response = lib.search('Andes');
    expect(response.total).toBe(6);
    expect(new Set(response.hits.map((h) => h.briefingId))).toEqual(new Set(['andes111']));
  });

  it('ranks a block where the words stand together above one where they are far apart', () => {
    const lib = searchLibrary([
      {
        id: 'near0001',
        title: 'Report',
        sections: [
          {
            title: 'Findings',
            paragraphs: [
              'Officials counted the tonnes first and the cocaine much later in this long and winding sentence about nothing.',
              'Officials counted the cocaine tonnes first and then much later in this long and winding sentence about nothing.'
            ]
          }
        ]
      }
    ]);
    expect(lib.texts('cocaine tonnes')[0]).toContain('cocaine tonnes first');
  });
});

describe('search query language', () => {
  const lib = searchLibrary([ANDES, PRISONS]);

  it('matches an exact phrase only where its words follow each other', () => {
    expect(lib.texts('"money laundering"')).toEqual(['Money laundering through shell companies remains a major concern.']);
  });

  it('answers a query the same whatever was searched before it', () => {
    const first = lib.search('"money laundering"');
    lib.search('money laundering companies');
    lib.search('police OR prison -governments');
    expect(lib.search('"money laundering"')).toEqual({ ...first, elapsedMs: expect.any(Number) });
  });

  it('marks a phrase where its words stand together, not its words elsewhere', () => {
    const [hit] = lib.search('"money laundering"').hits;
    expect(hit!.snippet).toBe('**Money laundering** through shell companies remains a major concern.');
  });

  it('leaves out blocks with an excluded word', () => {
    expect(lib.texts('money -extortion')).toEqual(['Money laundering through shell companies remains a major concern.']);
  });

  it('matches either side of OR', () => {
    expect(lib.texts('narcosubmarine OR overcrowding').sort()).toEqual([
      'Prison overcrowding is a policy problem for many governments, including Ecuador.',
      'The seizure of a narcosubmarine made headlines.'
    ]);
  });

  it('requires every word by default', () => {
    expect(lib.texts('police cooperation')).toEqual(['Police cooperation across borders improved after the agreement.']);
  });

  it('finds a name typed without its accent and marks it as written', () => {
    const [hit] = lib.search('Macias').hits;
    expect(hit!.snippet).toBe('Adolfo **Macías** escaped from prison in January.');
    expect(hit!.highlights).toEqual([[7, 13]]);
    expect(hit!.snippetText.slice(7, 13)).toBe('Macías');
  });

  it('explains a query it had to repair instead of failing', () => {
    const response = lib.search('"money laundering');
    expect(response.total).toBe(1);
    expect(response.reading.notes[0]).toMatch(/quotation mark was not closed/);
    expect(response.reading.phrases).toEqual(['money laundering']);
  });

  it('forgives a typo, says so, and suggests the word', () => {
    const response = lib.search('laundring');
    expect(response.hits[0]).toMatchObject({ match: 'fuzzy' });
    expect(response.suggestions).toContain('laundering');
  });

  it('matches the word being typed as a prefix, and ignores a one-letter word until it grows', () => {
    expect(lib.search('narcosub', { asYouType: true }).hits[0]).toMatchObject({ match: 'prefix', sectionTitle: 'Ecuador' });
    const typing = lib.search('overcrowding p', { asYouType: true });
    expect(typing.total).toBe(1);
    expect(typing.reading.notes[0]).toMatch(/Keep typing/);
  });
});

describe('search filters', () => {
  const lib = searchLibrary([ANDES, PRISONS]);

  it.each([
    ['police year:2019', ['prisons2']],
    ['police year:2020..2024', ['andes111']],
    ['police type:"at a glance"', ['prisons2']],
    ['police briefing:andes', ['andes111']],
    ['police in:"police cooperation"', ['prisons2']]
  ])('applies the inline filters of %j', (query, briefings) => {
    expect([...new Set(lib.search(query).hits.map((h) => h.briefingId))]).toEqual(briefings);
  });

  it('applies structured filters the same way', () => {
    expect(lib.search('police', { filters: { documentTypes: ['Briefing'] } }).hits.map((h) => h.briefingId)).toEqual(['andes111']);
    expect(lib.search('police', { filters: { briefingIds: ['prisons2'], yearFrom: 2019, yearTo: 2019 } }).total).toBe(1);
    expect(lib.search('police', { filters: { briefingIds: ['prisons2'], yearFrom: 2020 } }).total).toBe(0);
  });

  it('lists every block of a filter alone, in reading order', () => {
    const response = lib.search('briefing:prisons2');
    expect(response.total).toBe(2);
    expect(response.hits.map((h) => h.sectionTitle)).toEqual(['Prisons', 'Police cooperation']);
  });

  it('says when a filter names nothing', () => {
    const response = lib.search('police briefing:zzzzzz');
    expect(response.total).toBe(0);
    expect(response.reading.notes).toContain('No briefing has the id "zzzzzz".');
  });
});

describe('suggest', () => {
  const lib = searchLibrary([ANDES, PRISONS]);

  it('completes the word being typed into whole queries, most frequent first, with accents', () => {
    expect(lib.service.suggestNow('police coop')).toEqual(['police cooperation']);
    expect(lib.service.suggestNow('adolfo mac')).toEqual(['adolfo macías']);
    expect(lib.service.suggestNow('po')[0]).toBe('police');
  });

  it('offers nothing after a space or for an unknown start', () => {
    expect(lib.service.suggestNow('police ')).toEqual([]);
    expect(lib.service.suggestNow('zzq')).toEqual([]);
  });
});
