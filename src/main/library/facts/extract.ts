/**
 * Finds the statistics of a briefing's blocks: every figure with its unit, scale, qualifier, what
 * it measures, who or where it is about and its period. Numbers come from recognizers-text, words
 * and places from compromise; this module decides which numbers are statistics and puts the parts
 * together.
 */
import type { ExtractedFact, FactSourceBlock } from './model';
import { exclusionOf } from './exclusions';
import { asideAround, asidesOf } from './asides';
import { isYear, periodFor, periodsOf, type SentenceTime, type YearMention } from './periods';
import { countedNoun, entityOf, measureOf, qualifierBefore } from './phrases';
import { recognizeNumbers } from './recognizers';
import { tagSpans, type Term } from './sentence-terms';
import { spansToTag } from './tag-spans';
import { currencyBefore, perCapita, SCALE_FACTOR, scaleOf, unitAfter } from './units';

/** Block kinds whose text can state a statistic; captions, notes and references cite or title instead. */
const FACT_BLOCK_KINDS = new Set(['paragraph', 'summary', 'list-item', 'quote', 'note']);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** What the extractor knows of the briefing as a whole. */
export interface ExtractionContext {
  /** The briefing's year: where "since 2016" ends. */
  year?: number | null;
}

/**
 * The facts of one block, in reading order, with offsets in the block's text. Note calls (the "7"
 * of "GDP).7 Worse") are blanked first: they are neither figures nor part of a sentence.
 */
export function extractBlockFacts(block: FactSourceBlock, context: ExtractionContext = {}): ExtractedFact[] {
  if (!FACT_BLOCK_KINDS.has(block.kind) || !/\d/.test(block.text)) return [];
  let text = block.text;
  for (const [start, end] of block.noteCalls ?? []) text = `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`;
  const facts: ExtractedFact[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    if (!/\d/.test(segment)) continue;
    for (const fact of extractSentenceFacts(segment, block.kind, context)) {
      facts.push({ ...fact, start: fact.start + index, end: fact.end + index });
    }
  }
  return facts;
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  valueTo: number | null;
  unit: string | null;
  scale: ExtractedFact['scale'];
  bare: boolean;
  /** The first figure of "from X to Y": the years after it belong to Y. */
  changeStart?: boolean;
}

/** The facts of one sentence, with offsets in the sentence. */
export function extractSentenceFacts(sentence: string, blockKind = 'paragraph', context: ExtractionContext = {}): ExtractedFact[] {
  const years: YearMention[] = [];
  const candidates: Candidate[] = [];
  const numbers = withGluedUnits(
    sentence,
    recognizeNumbers(sentence).map((n) => repairUnresolved(n))
  );
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const currency = currencyBefore(sentence, n.start);
    if (!currency && !n.percent && isYear(n.value, n.text) && !/^\s*(?:tonnes|people|per)\b/i.test(sentence.slice(n.end))) {
      years.push({ value: n.value, start: n.start, end: n.end });
      continue;
    }
    // A number inside the previous figure's unit ("per 100 000 people") is part of it.
    if (n.start < (candidates.at(-1)?.end ?? -1)) continue;
    if (exclusionOf(sentence, n.start, n.end, blockKind)) continue;
    const candidate = describe(sentence, n, currency);
    const next = numbers[i + 1];
    if (
      next &&
      !isYear(next.value, next.text) &&
      !exclusionOf(sentence, next.start, next.end, blockKind) &&
      isRangeLink(sentence, candidate.end, currencyBefore(sentence, next.start)?.start ?? next.start, n.start)
    ) {
      const upper = describe(sentence, next, currencyBefore(sentence, next.start));
      candidates.push({
        ...candidate,
        valueTo: upper.value,
        unit: candidate.unit ?? upper.unit,
        scale: candidate.scale ?? upper.scale,
        end: upper.end,
        bare: candidate.bare && upper.bare
      });
      i++;
      continue;
    }
    candidates.push(candidate);
  }
  shareUnitsForward(sentence, candidates);
  // Tagging is most of extraction's cost: a sentence whose figures cannot be facts is not tagged.
  const possible = candidates.filter(
    (c, i) =>
      !c.bare || i > 0 || /^\P{L}{0,3}(?!(?:in|on|at|to|of|and|or|by|from|for|with|since|than|as|per|is|are|was|were)\b)\p{L}/iu.test(sentence.slice(c.end))
  );
  if (possible.length === 0) return [];
  const terms = tagSpans(sentence, spansToTag(sentence, possible));
  const asides = asidesOf(sentence);
  const time: SentenceTime = {
    sentence,
    periods: periodsOf(sentence, years, context.year ?? null),
    years,
    figureAsides: asides.filter((aside) => candidates.some((c) => asideAround([aside], c.start, c.end)))
  };
  const facts: ExtractedFact[] = [];
  for (const candidate of possible) {
    const fact = toFact(sentence, terms, candidate, facts.at(-1));
    if (!fact) continue;
    fact.period = periodFor(time, fact.start, fact.end, candidate.changeStart);
    facts.push(fact);
  }
  return facts;
}

/** "grew from 204 000 to 230 000 hectares": the first figure is in the second's unit. */
function shareUnitsForward(sentence: string, candidates: Candidate[]): void {
  for (let i = candidates.length - 2; i >= 0; i--) {
    const [c, next] = [candidates[i]!, candidates[i + 1]!];
    if (c.bare && !next.bare && /^\s*to\s*$/i.test(sentence.slice(c.end, next.start)) && /\bfrom\s*$/i.test(sentence.slice(0, c.start))) {
      candidates[i] = { ...c, unit: next.unit, scale: next.scale, bare: false, changeStart: true };
    }
  }
}

/**
 * A figure glued to its unit ("60mm", "5km") is no number to recognizers-text, which wants a word
 * boundary after the digits: where the letters are a unit units.ts knows, the digits are a figure.
 */
function withGluedUnits<T extends { text: string; value: number; start: number; end: number; percent: boolean }>(sentence: string, numbers: T[]): T[] {
  const glued = [...sentence.matchAll(/(?<![\w.,])\d+(?:\.\d+)?(?=[a-z]{1,3}\b)/gi)]
    .filter((m) => !numbers.some((n) => n.start < m.index + m[0].length && m.index < n.end))
    .filter((m) => unitAfter(sentence, m.index + m[0].length)?.unit)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[0]), percent: false }) as T);
  return glued.length === 0 ? numbers : [...numbers, ...glued].sort((a, b) => a.start - b.start);
}

/** recognizers-text sometimes swallows the next words ("45 in 2023") and gives no value: keep the leading number. */
function repairUnresolved<T extends { text: string; value: number; start: number; end: number }>(n: T): T {
  if (!Number.isNaN(n.value)) return n;
  const lead = /^\d[\d\s\u00a0\u202f]*?(?:[.,]\d+)?(?=\D|$)/.exec(n.text)?.[0]?.trimEnd() ?? '';
  return { ...n, text: lead, end: n.start + lead.length, value: Number(lead.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) };
}

function describe(
  sentence: string,
  n: { start: number; end: number; text: string; value: number; percent: boolean },
  currency: { unit: string; start: number } | null
): Candidate {
  let scale = scaleOf(n.text);
  let unit: string | null = currency?.unit ?? null;
  let end = n.end;
  if (n.percent) {
    unit = 'percent';
    const rate = perCapita(sentence, end);
    if (rate) {
      unit = `percent ${rate.unit}`;
      end = rate.end;
    }
  } else {
    const after = unitAfter(sentence, end);
    if (after) {
      scale = scale ?? after.scale ?? null;
      if (after.unit !== '') unit = unit && after.unit.startsWith('per ') ? `${unit} ${after.unit}` : (unit ?? after.unit);
      end = after.end;
    }
  }
  const written = scale ? roundTo(n.value / SCALE_FACTOR[scale]) : n.value;
  // A scale word written after the recognised number ("930 million" read as 930) is already in `written`.
  const value = scale && !scaleOf(n.text) ? n.value : written;
  return { start: currency ? currency.start : n.start, end, value, valueTo: null, unit, scale, bare: unit === null && scale === null };
}

function roundTo(value: number): number {
  return Number(value.toPrecision(12));
}

function isRangeLink(sentence: string, end: number, nextStart: number, start: number): boolean {
  const gap = sentence.slice(end, nextStart).trim().toLowerCase();
  if (gap === '-' || gap === '–' || gap === 'to') return !/from\s+\S*\s*$/i.test(sentence.slice(Math.max(0, start - 12), start)) || gap !== 'to';
  return gap === 'and' && /between\s+\S*\s*$/i.test(sentence.slice(Math.max(0, start - 14), start));
}

function toFact(sentence: string, terms: readonly Term[], c: Candidate, previous: ExtractedFact | undefined): ExtractedFact | null {
  let unit = c.unit;
  let scale = c.scale;
  let measure: string | null = null;
  if (c.bare) {
    const counted = countedNoun(terms, c.end);
    if (counted) {
      measure = counted;
    } else if (previous && /\b(?:to|compared with|compared to|than)\b/i.test(sentence.slice(previous.end, c.start))) {
      // "from 13.7 per 100 000 people in 2021 to about 45 in 2023": the second figure has the first's unit.
      unit = previous.unit;
      scale = previous.scale;
      measure = previous.measure;
    } else {
      return null;
    }
  }
  const qualifier = qualifierBefore(sentence, c.start);
  return {
    value: c.value,
    valueTo: c.valueTo,
    unit,
    scale,
    measure: measure ?? measureOf(terms, c.start, c.end),
    entity: entityOf(terms, c.start, c.end),
    period: null,
    qualifier: qualifier?.qualifier ?? null,
    text: sentence.trim(),
    start: c.start,
    end: c.end
  };
}
