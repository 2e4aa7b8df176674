/**
 * What the facts core works with: a statistic found in a briefing's text, before and after it is
 * stored. Offsets are UTF-16 code units, like every offset in the library.
 */

/** A year or a from–to span of years; `from === to` for a single year. */
export interface FactPeriod {
  from: number;
  to: number;
}

/** A scale word written after the number ("139 billion"): kept apart from the value. */
export type FactScale = 'thousand' | 'million' | 'billion' | 'trillion';

/** Words that soften or strengthen a figure ("about", "record", "at least", "more than"). */
export type FactQualifier = string;

/** A statistic found in one block, with offsets relative to the block's text. */
export interface ExtractedFact {
  /** The number as written (139 for "€139 billion"). */
  value: number;
  /** The upper end of a range ("5–7 million" → 5 and 7), otherwise null. */
  valueTo: number | null;
  /** Normalised unit: "percent", "tonnes", "EUR", "USD", "people", "per 100 000 inhabitants", … or null for a bare count. */
  unit: string | null;
  scale: FactScale | null;
  /** What is counted, as a short phrase from the sentence ("cocaine seized", "homicide rate"). */
  measure: string | null;
  /** Who or where (Ecuador, EU Member States), or null. */
  entity: string | null;
  period: FactPeriod | null;
  qualifier: FactQualifier | null;
  /** The sentence the number stands in. */
  text: string;
  /** The number's span (with its unit) in the block's text. */
  start: number;
  end: number;
}

/** A block as the extractor reads it. */
export interface FactSourceBlock {
  kind: string;
  text: string;
  /** The block's note calls as [start, end) in its text: blanked before reading. */
  noteCalls?: ReadonlyArray<readonly [number, number]>;
}
