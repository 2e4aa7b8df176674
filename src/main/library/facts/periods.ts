/**
 * Periods: the years of a sentence, read as single years ("in 2021"), spans ("between 2011 and
 * 2021", "from 2014 to 2020", "2021-2027") and years named relative to another ("last year"), and
 * the one a figure belongs to — the nearest in its clause, after it before before it ("13.7 in
 * 2021 to about 45 in 2023"), leaving out the years of another figure's aside.
 */
import { asideAround, type Aside } from './asides';
import type { FactPeriod } from './model';

export interface YearMention {
  value: number;
  start: number;
  end: number;
}

export interface PeriodMention {
  period: FactPeriod;
  start: number;
  end: number;
  /** "compared with 2023": the year a change is measured against, not the figure's own period. */
  baseline: boolean;
}

/** Is this recognised number a year rather than a quantity? */
export function isYear(value: number, text: string): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(text.trim());
}

/** Years named by their distance from another: "in the same period last year", "the previous year". */
const RELATIVE_YEAR = /\b(?:last year|the previous year|the preceding year|the year before|a year earlier)\b/gi;

/**
 * Joins years linked by "between … and", "from … to", a dash or "to" into spans; "since 2016" runs
 * to `briefingYear` (the year the briefing was written) when it is known.
 */
export function periodsOf(sentence: string, years: readonly YearMention[], briefingYear: number | null = null): PeriodMention[] {
  const periods: PeriodMention[] = [];
  for (let i = 0; i < years.length; i++) {
    const first = years[i]!;
    const second = years[i + 1];
    const before = sentence.slice(Math.max(0, first.start - 16), first.start).toLowerCase();
    if (second && second.value > first.value && spanLink(sentence, first, second)) {
      periods.push({ period: { from: first.value, to: second.value }, start: first.start, end: second.end, baseline: false });
      i++;
      continue;
    }
    const since = /\bsince\s+$/.test(before) && briefingYear !== null && briefingYear > first.value;
    periods.push({
      period: { from: first.value, to: since ? briefingYear : first.value },
      start: first.start,
      end: first.end,
      baseline: isBaseline(sentence, first.start)
    });
  }
  for (const match of sentence.matchAll(RELATIVE_YEAR)) {
    // The year it counts back from: the last one named before it, or the briefing's own.
    const reference = years.filter((y) => y.end <= match.index).at(-1)?.value ?? briefingYear;
    if (reference === null) continue;
    const start = match.index;
    periods.push({ period: { from: reference - 1, to: reference - 1 }, start, end: start + match[0].length, baseline: isBaseline(sentence, start) });
  }
  return periods.sort((a, b) => a.start - b.start);
}

/** "compared with 2023", "than last year": the period a change is measured against. */
function isBaseline(sentence: string, start: number): boolean {
  return /\b(?:compared (?:with|to)|against|than(?: in)?)\s+$/.test(sentence.slice(Math.max(0, start - 16), start).toLowerCase());
}

function spanLink(sentence: string, first: YearMention, second: YearMention): boolean {
  const gap = sentence.slice(first.end, second.start).trim().toLowerCase();
  if (gap === '-' || gap === '–' || gap === '—' || gap === 'to') return true;
  const before = sentence.slice(Math.max(0, first.start - 10), first.start).toLowerCase();
  if (gap === 'and' && /between\s+$/.test(before)) return true;
  return false;
}

/** What a sentence says of time, as `periodFor` reads it. */
export interface SentenceTime {
  sentence: string;
  periods: readonly PeriodMention[];
  years: readonly YearMention[];
  /** The asides that state figures of their own: their years are theirs alone. */
  figureAsides: readonly Aside[];
}

/** "in the last two and a half years", "over the past decade": a span counted back, with no year to give it. */
const COUNTED_BACK = /\b(?:in|over|during|within) the (?:last|past) [\w\s-]*?\b(?:years?|months|decades?)\b/i;

/**
 * The period of a figure spanning `[start, end)`: the nearest period within its clause (no ";"
 * between), preferring one after the figure at equal distance. A figure inside a span's words
 * ("between 2010 (14 %) and 2021") takes the nearer of the span's years. A figure explained by an
 * aside of figures in several years ("a 600 tonnes increase (1 120 tonnes in 2018; 1 738 tonnes in
 * 2022)") takes the aside's whole span; one said to run over "the last two years" has no year.
 */
export function periodFor(
  time: SentenceTime,
  start: number,
  end: number,
  /** For the first figure of "from 204 000 to 230 000 hectares in 2022": the year after is the second's. */
  onlyBefore = false
): FactPeriod | null {
  const { sentence, periods, years, figureAsides } = time;
  if (COUNTED_BACK.test(clauseAfter(sentence, end))) return null;
  const ownAside = asideAround(figureAsides, start, end);
  let best: { period: FactPeriod; distance: number } | null = null;
  for (const mention of periods) {
    const aside = asideAround(figureAsides, mention.start, mention.end);
    if (aside && aside !== ownAside) continue;
    // "compared to 2022, when 20.3 tonnes were seized": a baseline is the period only of a "when" clause.
    if (mention.baseline && !(mention.end <= start && /^,?\s*when\b/i.test(sentence.slice(mention.end)))) continue;
    if (onlyBefore && mention.start >= end) continue;
    if (mention.start < start && mention.end > end) {
      const nearest = nearestYear(years, mention, start, end);
      if (nearest) return { from: nearest, to: nearest };
    }
    const distance = mention.start >= end ? mention.start - end : start - mention.end;
    if (distance < 0) continue;
    const between = mention.start >= end ? sentence.slice(end, mention.start) : sentence.slice(mention.end, start);
    if (between.includes(';')) continue;
    // A period before the figure counts a little further away, so that one right after wins a tie.
    const weighted = mention.start >= end ? distance : distance + 1;
    if (!best || weighted < best.distance) best = { period: mention.period, distance: weighted };
  }
  return best?.period ?? (ownAside ? null : explainingAsideSpan(time, end));
}

/** The rest of the figure's clause: up to the next ";" or the end of the sentence. */
function clauseAfter(sentence: string, end: number): string {
  const rest = sentence.slice(end);
  const stop = rest.indexOf(';');
  return stop === -1 ? rest : rest.slice(0, stop);
}

/** The years of the aside of figures that follows the figure in its clause, from the first to the last. */
function explainingAsideSpan({ sentence, years, figureAsides }: SentenceTime, end: number): FactPeriod | null {
  const aside = figureAsides.find((a) => a.start >= end);
  if (!aside || /[;,]/.test(sentence.slice(end, aside.start))) return null;
  const inside = years.filter((y) => y.start > aside.start && y.end < aside.end).map((y) => y.value);
  return inside.length > 0 ? { from: Math.min(...inside), to: Math.max(...inside) } : null;
}

function nearestYear(years: readonly YearMention[], span: PeriodMention, start: number, end: number): number | null {
  const inside = years.filter((y) => y.start >= span.start && y.end <= span.end);
  let best: YearMention | null = null;
  for (const y of inside) {
    const d = y.start >= end ? y.start - end : start - y.end;
    if (!best || d < (best.start >= end ? best.start - end : start - best.end)) best = y;
  }
  return best?.value ?? null;
}
