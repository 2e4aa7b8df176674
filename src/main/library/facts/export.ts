/**
 * Facts as files: CSV (UTF-8 with a byte-order mark, for spreadsheets; written by csv-stringify)
 * and JSON, one row per fact with its figure, its source citation and a deep link. A text cell that
 * begins like a formula is prefixed with an apostrophe, as in the notes export.
 */
import { stringify } from 'csv-stringify/sync';
import type { FactInContext } from '../../../shared/contract/facts';
import { formatFigure } from '../../../shared/facts-format';
import { safeCell } from '../export/csv';
import type { FactSource } from './sources';

export type SourcedFact = FactInContext & { source: FactSource };

const COLUMNS = [
  'Value',
  'Value to',
  'Scale',
  'Unit',
  'Qualifier',
  'Figure',
  'Measure',
  'Entity',
  'Period from',
  'Period to',
  'Sentence',
  'Briefing',
  'Briefing ID',
  'Section',
  'Citation',
  'Reference',
  'Link',
  'Fact ID'
] as const;

/** The facts as CSV text, starting with the UTF-8 byte-order mark. */
export function factsCsv(facts: readonly SourcedFact[]): string {
  const rows = facts.map((f) =>
    [
      f.value,
      f.valueTo ?? '',
      f.scale ?? '',
      f.unit ?? '',
      f.qualifier ?? '',
      formatFigure(f),
      f.measure ?? '',
      f.entity ?? '',
      f.period?.from ?? '',
      f.period?.to ?? '',
      f.text,
      f.briefingTitle,
      f.briefingId,
      f.sectionTitle ?? '',
      f.source.citation,
      f.source.reference,
      f.source.link,
      f.id
    ].map((cell) => (typeof cell === 'string' ? safeCell(cell) : cell))
  );
  return `\uFEFF${stringify([[...COLUMNS], ...rows], { record_delimiter: '\r\n' })}`;
}

/** The facts as JSON: the fields of `briefing facts --json`, with the briefing, section and source. */
export function factsJson(facts: readonly SourcedFact[]): string {
  const rows = facts.map(({ source, start, end, ...fact }) => ({
    ...fact,
    figure: formatFigure(fact),
    span: { start, end },
    citation: source.citation,
    reference: source.reference,
    link: source.link
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
