/** Sorting facts by a column of the facts table, stable and locale-aware. */
import type { FactInContext } from '../../../shared/contract/facts';

export type FactColumn = 'value' | 'unit' | 'measure' | 'entity' | 'period' | 'briefing';
export interface FactSort {
  column: FactColumn;
  descending: boolean;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function key(fact: FactInContext, column: FactColumn): number | string {
  switch (column) {
    case 'value':
      return fact.value * (fact.scale ? (SCALE[fact.scale] ?? 1) : 1);
    case 'period':
      return fact.period ? fact.period.from * 10_000 + fact.period.to : Number.POSITIVE_INFINITY;
    case 'briefing':
      return fact.briefingTitle;
    default:
      return fact[column] ?? '';
  }
}

export function sortFacts(facts: readonly FactInContext[], sort: FactSort | null): FactInContext[] {
  if (!sort) return [...facts];
  const sign = sort.descending ? -1 : 1;
  return [...facts].sort((a, b) => {
    const x = key(a, sort.column);
    const y = key(b, sort.column);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order || a.id - b.id;
  });
}

/** Facts whose figure, measure, entity, unit, period or sentence contain every word typed. */
export function filterFacts(facts: readonly FactInContext[], query: string, figure: (f: FactInContext) => string): FactInContext[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...facts];
  return facts.filter((f) => {
    const haystack = [figure(f), f.measure, f.entity, f.unit, f.period ? `${f.period.from} ${f.period.to}` : '', f.text].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
