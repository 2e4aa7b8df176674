/**
 * The facts CSV read back by a CSV parser: a byte-order mark for spreadsheets, and no cell that a
 * spreadsheet would run as a formula, whatever the briefing's sentence or title begins with.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factsCsv, type SourcedFact } from '../../../src/main/library/facts/export';

const FACT: SourcedFact = {
  id: 7,
  briefingId: 'abc12345',
  sectionId: 2,
  blockId: 9,
  text: '=HYPERLINK("http://example.com") says 303 tonnes were seized in 2021.',
  value: 303,
  valueTo: null,
  unit: 'tonnes',
  scale: null,
  measure: 'cocaine seized',
  entity: 'EU Member States',
  period: { from: 2021, to: 2021 },
  qualifier: 'record',
  briefingTitle: '+Seizures at European ports',
  sectionTitle: '@Introduction',
  start: 10,
  end: 20,
  source: { citation: '(EPRS, 2024)', reference: 'EPRS (2024). Seizures.', link: 'briefing-reader://open?briefing=abc12345&block=9&start=10&end=20' }
};

describe('factsCsv', () => {
  it('writes a row a CSV parser reads back, with text cells that begin like formulas kept as text', () => {
    const csv = factsCsv([FACT]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Value')).toBe('303');
    expect(cell('Unit')).toBe('tonnes');
    expect(cell('Sentence')).toBe(`'${FACT.text}`);
    expect(cell('Briefing')).toBe("'+Seizures at European ports");
    expect(cell('Section')).toBe("'@Introduction");
    expect(cell('Link')).toBe(FACT.source.link);
  });
});
