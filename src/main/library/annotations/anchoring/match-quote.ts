/**
 * Finding a quote in a text that may have changed, and scoring how likely each place is the one
 * the quote came from. Follows Hypothesis' `match-quote.ts`: exact occurrences first, then
 * approximate ones found with `approx-string-match` (Myers' bit-parallel edit distance), each scored
 * by the similarity of the quote (weight 50), of the text before it to the stored prefix (20), of
 * the text after it to the stored suffix (20), and by its distance from the expected position (2,
 * a tie-breaker). Edit distances of whole candidates come from `fastest-levenshtein` (Myers too).
 * All offsets here are in whitespace-collapsed text (see collapse.ts).
 */
import approxSearch from 'approx-string-match';
import { distance } from 'fastest-levenshtein';

/** Where a quote was found. */
export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and the text found. */
  errors: number;
}

/** A candidate with its similarity scores, each 0..1. */
export interface ScoredCandidate extends Candidate {
  /** 1 − errors / quote length. */
  quoteSimilarity: number;
  /** Mean similarity of the surrounding text to the stored prefix and suffix (1 when none were stored). */
  contextSimilarity: number;
  /** The weighted score, 0..1. */
  score: number;
}

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Expected start offset of the quote. */
  hint: number;
}

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Hypothesis' bound: enough to survive rewording, small enough to keep the search fast. */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

/** Every exact occurrence of `quote` in `text`, overlapping ones included. */
export function exactOccurrences(text: string, quote: string, limit = Infinity): Candidate[] {
  const found: Candidate[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1 && found.length < limit; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** How much of the stored context is used to say where a quote should start or end. */
const CONTEXT_PROBE = 16;
/** Context probes shorter than this (after trimming) occur too often to locate anything. */
const MIN_PROBE = 8;
/** Quotes longer than this (several paragraphs) are not re-measured with snapped edges. */
const MAX_SNAPPED_LENGTH = 4000;

/** Offsets where the quote would start: just after each occurrence of the end of its prefix. */
function startsAfterPrefix(text: string, prefix: string): number[] {
  const probe = prefix.slice(-CONTEXT_PROBE);
  if (probe.trim().length < MIN_PROBE) return [];
  return exactOccurrences(text, probe, 20).map((o) => o.end);
}

/** Offsets where the quote would end: just before each occurrence of the start of its suffix. */
function endsBeforeSuffix(text: string, suffix: string): number[] {
  const probe = suffix.slice(0, CONTEXT_PROBE);
  if (probe.trim().length < MIN_PROBE) return [];
  return exactOccurrences(text, probe, 20).map((o) => o.start);
}

/**
 * The closest approximate matches of `quote` in the whole text, and in windows around the places
 * where the context says it should be. The window searches matter because `approx-string-match`
 * returns only the lowest-cost matches of a text: an exact copy of the quote elsewhere would hide
 * the reworded original, whose prefix and suffix are still in place.
 *
 * Each match is also tried with its edges moved to where the prefix ends and the suffix starts,
 * when those are near: the matcher's cheapest alignment of a sentence reworded at its start often
 * drops the first words, and the context says where the passage really begins.
 */
export function approximateCandidates(text: string, quote: string, context: QuoteContext): Candidate[] {
  const maxErrors = maxErrorsFor(quote);
  if (maxErrors === 0) return [];
  const found = approxSearch(text, quote, maxErrors);
  const starts = startsAfterPrefix(text, context.prefix);
  const ends = endsBeforeSuffix(text, context.suffix);
  const slack = maxErrors + 8;
  for (const at of new Set([context.hint, ...starts, ...ends.map((e) => e - quote.length)])) {
    const from = Math.max(0, at - slack);
    const to = Math.min(text.length, at + quote.length + slack);
    if (to <= from) continue;
    for (const m of approxSearch(text.slice(from, to), quote, maxErrors)) {
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }
  const near = (edges: number[], at: number) => edges.filter((e) => Math.abs(e - at) <= maxErrors).slice(0, 3);
  const snapped: Candidate[] = [];
  // A whole-candidate distance costs quote length² / 32: bounded for the passages people highlight.
  const toSnap = quote.length <= MAX_SNAPPED_LENGTH ? [...found].sort((a, b) => a.errors - b.errors).slice(0, 20) : [];
  for (const m of toSnap) {
    for (const start of [m.start, ...near(starts, m.start)]) {
      for (const end of [m.end, ...near(ends, m.end)]) {
        if ((start === m.start && end === m.end) || end <= start) continue;
        const errors = distance(quote, text.slice(start, end));
        if (errors <= maxErrors) snapped.push({ start, end, errors });
      }
    }
  }
  const seen = new Set<string>();
  return [...found, ...snapped].filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Similarity 0..1 of `text` to `expected`: 1 − the edit distance of the best alignment / its length. */
export function similarity(text: string, expected: string): number {
  if (expected.length === 0 || text.length === 0) return 0;
  if (text === expected) return 1;
  const [best] = approxSearch(text, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/** Scores a candidate place for `quote` in `text` (see the module comment for the weights). */
export function scoreCandidate(text: string, quote: string, context: QuoteContext, candidate: Candidate): ScoredCandidate {
  const quoteSimilarity = 1 - candidate.errors / quote.length;
  let contextTotal = 0;
  let contextWeights = 0;
  if (context.prefix.length > 0) {
    contextTotal += similarity(text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start), context.prefix);
    contextWeights += 1;
  }
  if (context.suffix.length > 0) {
    contextTotal += similarity(text.slice(candidate.end, candidate.end + context.suffix.length), context.suffix);
    contextWeights += 1;
  }
  const contextSimilarity = contextWeights === 0 ? 1 : contextTotal / contextWeights;
  const positionSimilarity = text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(candidate.start - context.hint) / text.length);
  const raw = QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * contextTotal + POSITION_WEIGHT * positionSimilarity;
  const max = QUOTE_WEIGHT + CONTEXT_WEIGHT * contextWeights + POSITION_WEIGHT;
  return { ...candidate, quoteSimilarity, contextSimilarity, score: raw / max };
}

/** The best-scored candidate; on equal scores the one with fewer errors, then the earlier one. */
export function bestCandidate(candidates: readonly ScoredCandidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const c of candidates) {
    if (!best || c.score > best.score || (c.score === best.score && (c.errors < best.errors || (c.errors === best.errors && c.start < best.start)))) {
      best = c;
    }
  }
  return best;
}
