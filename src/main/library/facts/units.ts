/**
 * Units and scales written around a number, normalised: small tables of the spellings briefings
 * use ("€", "US$", "tonnes", "per 100 000 inhabitants"). The number itself comes from
 * recognizers-text; these tables only name what surrounds it.
 */
import type { FactScale } from './model';

/** Two-word units, looked up before single words. */
const UNIT_PHRASES: Record<string, string> = {
  'metric tonnes': 'tonnes',
  'metric tons': 'tonnes',
  'cubic feet': 'cubic feet',
  'cubic metres': 'cubic metres',
  'cubic meters': 'cubic metres',
  'square kilometres': 'km²'
};

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
  days: 'days',
  day: 'days',
  weeks: 'weeks',
  months: 'months',
  mm: 'mm',
  cm: 'cm',
  m: 'metres',
  barrels: 'barrels',
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
  const found = unitWordsAfter(text, at);
  if (!found) return null;
  // "8.8 million barrels per day", "almost US$10 million a day".
  const perDay = /^\s+(?:per|a)\s+(day|year|week|month)\b/i.exec(text.slice(found.end));
  if (perDay && found.unit !== '' && !found.unit.startsWith('per '))
    return { ...found, unit: `${found.unit} per ${perDay[1]!.toLowerCase()}`, end: found.end + perDay[0].length };
  return found;
}

function unitWordsAfter(text: string, at: number): UnitAfter | null {
  const rest = text.slice(at);
  const pair = /^\s*(?:[a-z]+\s+)?([A-Za-z]+\s+[A-Za-z]+)\b/.exec(rest);
  const scaleWord = /^\s*([a-z]+)/i.exec(rest)?.[1]?.toLowerCase();
  if (pair) {
    const lead = scaleWord && SCALES[scaleWord] ? SCALES[scaleWord] : undefined;
    const phrase = lead ? /^\s*[a-z]+\s+([A-Za-z]+\s+[A-Za-z]+)\b/i.exec(rest) : /^\s*([A-Za-z]+\s+[A-Za-z]+)\b/.exec(rest);
    const unit = phrase ? UNIT_PHRASES[phrase[1]!.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (phrase && unit) return { unit, end: at + phrase[0].length, ...(lead ? { scale: lead } : {}) };
  }
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
  const match =
    /^(?:\s+[a-z]+)?\s+per\s+(100[\s\u00a0\u202f,]?000|1[\s\u00a0\u202f,]?000|100|capita)(?:\s+(inhabitants|people|population|residents|persons))?/i.exec(
      text.slice(at)
    );
  if (!match) return null;
  if (match[1]!.toLowerCase() === 'capita') return { unit: 'per capita', end: at + match[0].length };
  const base = match[1]!.replace(/\D/g, '').replace(/(\d)(?=(\d{3})+$)/g, '$1 ');
  return { unit: `per ${base} inhabitants`, end: at + match[0].length };
}
