/**
 * Contract methods for facts and figures: every statistic found in the library, filtered; the
 * consistency flags between them (conflicting figures, one figure given for two periods, a unit that
 * cannot go with its measure, and figures that corroborate each other); dismissing a flag; and the
 * filtered facts as a CSV or JSON file with a citation and a deep link per row.
 */
import { z } from 'zod';
import { method } from './define';
import { BriefingId } from './library';

/** One statistic, with the field names of `briefing facts --json`. */
export interface Fact {
  id: number;
  briefingId: string;
  sectionId: number | null;
  blockId: number | null;
  /** The sentence the number stands in. */
  text: string;
  /** The number as written: 139 for "€139 billion" (the scale is apart). */
  value: number;
  /** The upper end of a range, or null. */
  valueTo: number | null;
  /** Normalised: "percent", "tonnes", "EUR", "USD", "people", "per 100 000 inhabitants", …; null for a count. */
  unit: string | null;
  scale: 'thousand' | 'million' | 'billion' | 'trillion' | null;
  measure: string | null;
  entity: string | null;
  period: { from: number; to: number } | null;
  qualifier: string | null;
}

/** A fact with where it stands, for the reader and the Facts view. */
export interface FactInContext extends Fact {
  briefingTitle: string;
  sectionTitle: string | null;
  /** The figure's span in the briefing's document text (UTF-16 offsets), to mark it in the reader. */
  start: number;
  end: number;
}

export const FACT_FLAG_KINDS = ['conflict', 'period-mismatch', 'suspicious-unit', 'corroborated'] as const;
export type FactFlagKind = (typeof FACT_FLAG_KINDS)[number];

/** A consistency flag, with the field names of `briefing facts --flags --json` (and `key` and `dismissed`). */
export interface FactFlag {
  kind: FactFlagKind;
  factIds: number[];
  /** One sentence saying what does not add up (or what agrees). */
  note: string;
  /** Stable across re-extraction: what a dismissal remembers. */
  key: string;
  dismissed: boolean;
}

const FilterText = z.string().trim().min(1).max(200);

export const FactFilters = z.strictObject({
  briefingId: BriefingId.optional(),
  /** Words the measure contains, case-insensitive ("cocaine"). */
  measure: FilterText.optional(),
  entity: FilterText.optional(),
  /** Facts whose period includes this year. */
  year: z.number().int().min(1000).max(3000).optional(),
  unit: FilterText.optional()
});
export type FactFilters = z.infer<typeof FactFilters>;

export const FACT_EXPORT_FORMATS = ['csv', 'json'] as const;

/** An exported facts file, as base64 so that the same call works over IPC and HTTP. */
export interface FactsExport {
  filename: string;
  mime: string;
  base64: string;
  facts: number;
}

export const factMethods = {
  /** Facts matching every filter given, in reading order per briefing. */
  listFacts: method<FactInContext[]>()(FactFilters),
  /** Consistency flags within the briefing given, or across the library. */
  factFlags: method<FactFlag[]>()(z.strictObject({ briefingId: BriefingId.optional(), includeDismissed: z.boolean().optional() })),
  /** Dismisses (or, with `dismissed: false`, restores) a flag, remembered across sessions. */
  dismissFactFlag: method<void>()(z.strictObject({ key: z.string().min(1).max(4000), dismissed: z.boolean().optional() })),
  exportFacts: method<FactsExport>()(z.strictObject({ filters: FactFilters, format: z.enum(FACT_EXPORT_FORMATS) }))
};
