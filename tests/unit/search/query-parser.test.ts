import { describe, expect, it } from 'vitest';
import { parseQuery, parseYears, type Clause } from '../../../src/main/library/search/query-parser';

/** A compact picture of a parsed query: words, "phrases", a|b groups, -excluded. */
function shape(query: string) {
  const parsed = parseQuery(query);
  const text = (c: Clause) => (c.kind === 'word' ? c.word.term + (c.word.prefix ? '*' : '') : `"${c.words.map((w) => w.term).join(' ')}"`);
  return {
    groups: parsed.groups.map((g) => g.map(text).join('|')),
    excluded: parsed.excluded.map(text),
    notes: parsed.notes.length
  };
}

describe('parseQuery', () => {
  it.each([
    ['cocaine seizures', ['cocaine', 'seizures'], [], 0],
    ['"money laundering" Ecuador', ['"money laundering"', 'ecuador'], [], 0],
    ['“money laundering”', ['"money laundering"'], [], 0],
    ['police OR prison', ['police|prison'], [], 0],
    ['police OR prison OR gangs cocaine', ['police|prison|gangs', 'cocaine'], [], 0],
    ['cocaine -Colombia', ['cocaine'], ['colombia'], 0],
    ['cocaine -"Latin America"', ['cocaine'], ['"latin america"'], 0],
    ['cocaine NOT Colombia', ['cocaine'], ['colombia'], 0],
    ['cocaine AND Colombia', ['cocaine', 'colombia'], [], 0],
    ['narco*', ['narco*'], [], 0],
    ['drug-related issues', ['"drug related"', 'issues'], [], 0],
    ['MACÍAS', ['macias'], [], 0]
  ])('reads %j', (query, groups, excluded, notes) => {
    expect(shape(query)).toEqual({ groups, excluded, notes });
  });

  it.each([
    ['"unbalanced quote', ['"unbalanced quote"'], []],
    ['cocaine - Colombia', ['cocaine', 'colombia'], []],
    ['-', [], []],
    ['OR cocaine', ['cocaine'], []],
    ['cocaine OR', ['cocaine'], []],
    ['cocaine OR -Colombia', ['cocaine'], ['colombia']],
    ['(cocaine OR heroin) seizures', ['cocaine|heroin', 'seizures'], []],
    ['year:soon cocaine', ['cocaine'], []],
    ['is:favourite cocaine', ['cocaine'], []],
    ['-Colombia', [], ['colombia']],
    ['cocaine NOT', ['cocaine'], []]
  ])('reads the malformed %j the closest sensible way and explains it', (query, groups, excluded) => {
    const result = shape(query);
    expect({ groups: result.groups, excluded: result.excluded }).toEqual({ groups, excluded });
    expect(result.notes).toBeGreaterThan(0);
  });

  it('never throws, whatever is typed', () => {
    for (const query of ['', '"', '""', '-"', 'OR', 'OR OR', '(((', 'type:', 'in:"', '::', '*', '-*', '"-"', 'a OR OR b', '\u0000\uffff']) {
      expect(() => parseQuery(query)).not.toThrow();
    }
  });

  it('reads inline filters', () => {
    const parsed = parseQuery('type:"at a glance" year:2020..2023 in:"Ecuador" briefing:k7m2 has:note cocaine');
    expect(parsed.filters).toEqual({ documentTypes: ['at a glance'], yearFrom: 2020, yearTo: 2023, annotated: 'notes' });
    expect(parsed.sectionTitles).toEqual(['Ecuador']);
    expect(parsed.briefingRefs).toEqual(['k7m2']);
    expect(parsed.groups).toHaveLength(1);
  });

  it('treats an unknown key: as a word, so a colon in a query is not lost', () => {
    expect(shape('EU-CELAC: cooperation').groups).toEqual(['"eu celac"', 'cooperation']);
  });

  it('says whether the query ends inside the word being typed', () => {
    expect(parseQuery('cocaine sei').endsInWord).toBe(true);
    expect(parseQuery('cocaine ').endsInWord).toBe(false);
    expect(parseQuery('"money laundering"').endsInWord).toBe(false);
  });
});

describe('parseYears', () => {
  it.each([
    ['2024', { from: 2024, to: 2024 }],
    ['2020..2024', { from: 2020, to: 2024 }],
    ['2024-2020', { from: 2020, to: 2024 }],
    ['>2020', { from: 2021 }],
    ['>=2020', { from: 2020 }],
    ['<2024', { to: 2023 }],
    ['<=2024', { to: 2024 }],
    ['soon', null],
    ['20', null]
  ])('reads %j', (text, expected) => {
    expect(parseYears(text)).toEqual(expected);
  });
});
