/**
 * Units and scales written around a number, normalised: small tables of the spellings briefings
 * use ("€", "US$", "tonnes", "per 100 000 inhabitants"). The number itself comes from
 * recognizers-text; these tables only name what surrounds it.
 */
import type { FactScale } from './model';

/** Currency signs and codes written before the number, longest first. */
const CURRENCY_BEFORE: ReadonlyArray<[string, string]> = [
  ['US\\$', 'USD'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['CHF', 'CHF'],
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP']
];

/** Unit words written after the number, by their normalised unit. */
const UNIT_AFTER: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  dollars: 'USD',
  usd: 'USD',
  tonnes: 'tonnes',
  tonne: 'tonnes',
  tons: 'tonnes',
  ton: 'tonnes',
  kg: 'kilograms',
  kilograms: 'kilograms',
  hectares: 'hectares',
  ha: 'hectares',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  people: 'people',
  persons: 'people',
  inhabitants: 'people',
  individuals: 'people',
  gw: 'GW',
  mw: 'MW',
  twh: 'TWh'
};

const SCALES: Record<string, FactScale> = {
  thousand: 'thousand',
  million: 'million',
  billion: 'billion',
  trillion: 'trillion',
  bn: 'billion',
  mn: 'million'
};

export const SCALE_FACTOR: Record<FactScale, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The currency written just before `at` in `text` ("US$ 930", "€139"), with where it starts. */
export function currencyBefore(text: string, at: number): { unit: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  for (const [sign, unit] of CURRENCY_BEFORE) {
    if (before.endsWith(sign)) return { unit, start: text.lastIndexOf(sign, at) };
  }
  return null;
}

/** The scale word at the end of a recognised number's text ("139 billion" → billion). */
export function scaleOf(numberText: string): FactScale | null {
  const last = /([a-z]+)\.?$/i.exec(numberText.trim());
  return last ? (SCALES[last[1]!.toLowerCase()] ?? null) : null;
}

export interface UnitAfter {
  unit: string;
  /** Where the unit's words end in the text. */
  end: number;
  scale?: FactScale;
}

/**
 * The unit written after a number ending at `at`: a scale word the recognizer left out, a unit
 * word, and a rate "per 100 000 inhabitants" (people and population count as inhabitants).
 */
export function unitAfter(text: string, at: number): UnitAfter | null {
  const rest = text.slice(at);
  const words = /^\s*(?:\(\s*)?([A-Za-z]+)/.exec(rest);
  let end = at;
  let scale: FactScale | undefined;
  let unit: string | null = null;
  let word = words?.[1]?.toLowerCase();
  if (word && SCALES[word]) {
    scale = SCALES[word];
    end = at + words![0].length;
    const next = /^\s*([A-Za-z]+)/.exec(text.slice(end));
    word = next?.[1]?.toLowerCase();
    if (word && UNIT_AFTER[word]) {
      unit = UNIT_AFTER[word] ?? null;
      end += next![0].length;
    }
  } else if (word && UNIT_AFTER[word] && !words![0].includes('(')) {
    unit = UNIT_AFTER[word] ?? null;
    end = at + words![0].length;
  }
  const rate = perCapita(text, end);
  if (rate) return { unit: unit && unit !== 'people' ? `${unit} ${rate.unit}` : rate.unit, end: rate.end, ...(scale ? { scale } : {}) };
  if (unit || scale) return { unit: unit ?? '', end, ...(scale ? { scale } : {}) };
  return null;
}

/** "per 100 000 inhabitants" (or people, population, residents) starting at `at`, skipping one counted noun. */
export function perCapita(text: string, at: number): { unit: string; end: number } | null {
  const match = /^(?:\s+[a-z]+)?\s+per\s+(100[\s\u00a0\u202f,]?000|1[\s\u00a0\u202f,]?000|100|capita)(?:\s+(inhabitants|people|population|residents|persons))?/i.exec(
    text.slice(at)
  );
  if (!match) return null;
  if (match[1]!.toLowerCase() === 'capita') return { unit: 'per capita', end: at + match[0].length };
  const base = match[1]!.replace(/\D/g, '').replace(/(\d)(?=(\d{3})+$)/g, '$1 ');
  return { unit: `per ${base} inhabitants`, end: at + match[0].length };
}
