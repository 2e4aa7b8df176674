/**
 * Facts on top of the library, for the contract's handlers and the CLI: listing with filters, the
 * consistency flags with the user's dismissals, and exports.
 */
import type { FactFilters, FactFlag, FactInContext, FactsExport } from '../../../shared/contract/facts';
import type { Library } from '../library';
import { factsCsv, factsJson } from './export';
import { computeFlags } from './flags';
import { factSources } from './sources';
import { readFacts } from './store';

/** Facts matching the filters; a briefing id may be a unique prefix. */
export function listFacts(library: Library, filters: FactFilters = {}): FactInContext[] {
  return readFacts(library.db, filters.briefingId ? { ...filters, briefingId: library.resolveId(filters.briefingId) } : filters);
}

/**
 * The consistency flags within one briefing, or across the library. A flag the user dismissed is
 * left out unless `includeDismissed`.
 */
export function listFlags(library: Library, options: { briefingId?: string | undefined; includeDismissed?: boolean | undefined } = {}): FactFlag[] {
  const dismissed = new Set(library.db.prepare('SELECT flag_key FROM fact_flag_dismissals').pluck().all() as string[]);
  const facts = listFacts(library, options.briefingId ? { briefingId: options.briefingId } : {});
  return computeFlags(facts)
    .map((flag) => ({ ...flag, dismissed: dismissed.has(flag.key) }))
    .filter((flag) => options.includeDismissed || !flag.dismissed);
}

/** Remembers that the user dismissed the flag with this key (or, with `dismissed` false, restores it). */
export function dismissFlag(library: Library, key: string, dismissed = true): void {
  if (dismissed) library.db.prepare('INSERT OR REPLACE INTO fact_flag_dismissals (flag_key, dismissed_at) VALUES (?, ?)').run(key, library.now());
  else library.db.prepare('DELETE FROM fact_flag_dismissals WHERE flag_key = ?').run(key);
}

/** The filtered facts as a CSV or JSON file, each row with its citation and deep link. */
export function exportFacts(library: Library, filters: FactFilters, format: 'csv' | 'json'): FactsExport {
  const sourceOf = factSources(library);
  const facts = listFacts(library, filters).map((fact) => ({ ...fact, source: sourceOf(fact) }));
  const text = format === 'csv' ? factsCsv(facts) : factsJson(facts);
  return {
    filename: `facts.${format}`,
    mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    base64: Buffer.from(text, 'utf8').toString('base64'),
    facts: facts.length
  };
}
