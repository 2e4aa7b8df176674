/**
 * What a chart of facts draws: the same measure for one or more entities over periods (a line per
 * entity, a point per period) or several entities in one period (a bar each). Facts of different
 * units are never drawn on one axis: the chart takes the unit most of the facts share.
 */
import type { FactInContext } from '../../../shared/contract/facts';
import { formatFigure, formatPeriod } from '../../../shared/facts-format';

export interface ChartPoint {
  /** The series (entity) or bar label. */
  label: string;
  /** The period's last year, for lines. */
  year: number;
  /** The value with its scale applied. */
  value: number;
  figure: string;
  period: string;
  briefing: string;
  factId: number;
}

export interface ChartData {
  kind: 'line' | 'bar';
  unit: string | null;
  points: ChartPoint[];
  /** For bars: the year the entities are compared in. */
  year: number | null;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function commonUnit(facts: readonly FactInContext[]): string | null {
  const counts = new Map<string | null, number>();
  for (const f of facts) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [unit, n] of counts) if (n > most) [best, most] = [unit, n];
  return best;
}

function point(fact: FactInContext): ChartPoint {
  return {
    label: fact.entity ?? 'unnamed',
    year: fact.period!.to,
    value: fact.value * (fact.scale ? (SCALE[fact.scale] ?? 1) : 1),
    figure: formatFigure(fact),
    period: formatPeriod(fact.period),
    briefing: fact.briefingTitle,
    factId: fact.id
  };
}

/** "EU Member States" and "EU Member State" are one series, named as first written. */
function foldEntities(points: ChartPoint[]): ChartPoint[] {
  const names = new Map<string, string>();
  return points.map((p) => {
    const key = p.label.toLowerCase().replace(/s\b/g, '');
    if (!names.has(key)) names.set(key, p.label);
    return { ...p, label: names.get(key)! };
  });
}

/** A line per entity over the periods of the dated facts (one point per entity and year). */
export function lineData(facts: readonly FactInContext[]): ChartData {
  const dated = facts.filter((f) => f.period);
  const unit = commonUnit(dated);
  const seen = new Set<string>();
  const points = foldEntities(dated.filter((f) => f.unit === unit).map(point))
    .filter((p) => {
      const key = `${p.label}|${p.year}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.label.localeCompare(b.label) || a.year - b.year);
  return { kind: 'line', unit, points, year: null };
}

/** The years bars can compare, latest first. */
export function barYears(facts: readonly FactInContext[]): number[] {
  return [...new Set(facts.flatMap((f) => (f.period ? [f.period.to] : [])))].sort((a, b) => b - a);
}

/** A bar per entity for the facts of `year` (the latest when not given). */
export function barData(facts: readonly FactInContext[], year?: number): ChartData {
  const chosen = year ?? barYears(facts)[0] ?? null;
  const inYear = facts.filter((f) => f.period && chosen !== null && f.period.from <= chosen && f.period.to >= chosen);
  const unit = commonUnit(inYear);
  const seen = new Set<string>();
  const points = foldEntities(inYear.filter((f) => f.unit === unit).map(point))
    .filter((p) => !seen.has(p.label) && Boolean(seen.add(p.label)))
    .sort((a, b) => b.value - a.value);
  return { kind: 'bar', unit, points, year: chosen };
}
