/**
 * When two facts speak of the same thing, and when their figures agree: the comparisons the
 * consistency flags are made of. Measures match when they share most of their words (after a crude
 * plural fold), entities when one names the other ("EU" and "EU Member States"), values when they
 * differ by no more than the rounding of the less precise one — or 5 % when either is "about".
 */
import type { Fact } from '../../../shared/contract/facts';
import { SCALE_FACTOR } from './units';

const MEASURE_STOP = new Set(['of', 'the', 'a', 'an', 'in', 'and', 'to', 'for', 'on', 'by', 'total', 'all']);

/** The measure's words, lower-cased and folded to the singular. */
export function measureWords(measure: string | null): string[] {
  if (!measure) return [];
  return measure
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !MEASURE_STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Do the two measures name the same thing? Identical word sets, or at least half shared. */
export function sameMeasure(a: string | null, b: string | null, strict = false): boolean {
  const wa = new Set(measureWords(a));
  const wb = new Set(measureWords(b));
  if (wa.size === 0 || wb.size === 0) return false;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  if (strict) return shared === wa.size && shared === wb.size;
  return shared / new Set([...wa, ...wb]).size >= 0.5;
}

/** Do the two entities name the same place or body? Both unnamed, or one's words within the other's. */
export function sameEntity(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b;
  const fold = (name: string) => name.toLowerCase().replace(/s\b/g, '');
  const x = fold(a);
  const y = fold(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

export function samePeriod(a: Fact['period'], b: Fact['period']): boolean {
  if (!a || !b) return a === b;
  return a.from === b.from && a.to === b.to;
}

/** The value with its scale applied (139 billion → 1.39e11). */
export function absoluteValue(fact: Pick<Fact, 'value' | 'scale'>): number {
  return fact.value * (fact.scale ? SCALE_FACTOR[fact.scale] : 1);
}

const APPROXIMATE = new Set(['about', 'around', 'almost', 'nearly', 'approximately', 'roughly', 'some', 'close to', 'estimated']);

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Do the two figures agree, allowing for rounding and for "about"? */
export function sameValue(a: Pick<Fact, 'value' | 'scale' | 'qualifier' | 'valueTo'>, b: Pick<Fact, 'value' | 'scale' | 'qualifier' | 'valueTo'>): boolean {
  if ((a.valueTo === null) !== (b.valueTo === null)) return false;
  const x = absoluteValue(a);
  const y = absoluteValue(b);
  const precision = (f: typeof a) => 0.5 * 10 ** -decimalsOf(f.value) * (f.scale ? SCALE_FACTOR[f.scale] : 1);
  let tolerance = Math.max(precision(a), precision(b));
  if (APPROXIMATE.has(a.qualifier ?? '') || APPROXIMATE.has(b.qualifier ?? '')) tolerance = Math.max(tolerance, 0.05 * Math.max(Math.abs(x), Math.abs(y)));
  return Math.abs(x - y) <= tolerance + 1e-9;
}
