/**
 * Periods: the years of a sentence, read as single years ("in 2021") and spans ("between 2011 and
 * 2021", "from 2014 to 2020", "2021-2027"), and the one a figure belongs to — the nearest in its
 * clause, after it before before it ("13.7 in 2021 to about 45 in 2023").
 */
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
    const baseline = /\b(?:compared (?:with|to)|against|than(?: in)?)\s+$/.test(before);
    periods.push({ period: { from: first.value, to: since ? briefingYear : first.value }, start: first.start, end: first.end, baseline });
  }
  return periods;
}

function spanLink(sentence: string, first: YearMention, second: YearMention): boolean {
  const gap = sentence.slice(first.end, second.start).trim().toLowerCase();
  if (gap === '-' || gap === '–' || gap === '—' || gap === 'to') return true;
  const before = sentence.slice(Math.max(0, first.start - 10), first.start).toLowerCase();
  if (gap === 'and' && /between\s+$/.test(before)) return true;
  return false;
}

/**
 * The period of a figure spanning `[start, end)`: the nearest period within its clause (no ";"
 * between), preferring one after the figure at equal distance. A figure inside a span's words
 * ("between 2010 (14 %) and 2021") takes the nearer of the span's years.
 */
export function periodFor(
  sentence: string,
  periods: readonly PeriodMention[],
  years: readonly YearMention[],
  start: number,
  end: number,
  /** For the first figure of "from 204 000 to 230 000 hectares in 2022": the year after is the second's. */
  onlyBefore = false
): FactPeriod | null {
  let best: { period: FactPeriod; distance: number } | null = null;
  for (const mention of periods) {
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
  return best?.period ?? null;
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
