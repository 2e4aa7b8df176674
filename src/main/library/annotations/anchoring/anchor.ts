/**
 * Re-anchoring: finding where an annotation's selectors point in a (possibly changed) document
 * text, or saying honestly that they point nowhere.
 *
 * The order follows Hypothesis' `anchor()`: the stored position (kept only if the text there is
 * the quote and its context agrees), then exact occurrences of the quote scored by their context,
 * then approximate matches. Every comparison ignores how whitespace is laid out, so a paragraph
 * re-flowed, split at a former page break or joined to the next still anchors exactly.
 *
 * The rule that matters most is "never a wrong place": a place is accepted only when the quote
 * *and* its surroundings agree (score ≥ `ACCEPT_SCORE`), or when a long quote is found nearly
 * word for word (long quotes identify their passage by themselves). Otherwise the annotation
 * becomes an orphan, kept with its quote and note, rather than highlighting other words.
 */
import { collapseString, collapseWhitespace, toCollapsedOffset, toOriginalRange, type CollapsedText } from './collapse';
import { approximateCandidates, bestCandidate, exactOccurrences, scoreCandidate, type QuoteContext, type ScoredCandidate } from './match-quote';
import { trimRange, type TextSelectors } from './selectors';
import { snapToWords } from './word-boundaries';

export type AnchorResult =
  /** `exact`: the text at the range is the quote (whitespace aside); `fuzzy`: similar, found approximately. */
  { status: 'exact' | 'fuzzy'; start: number; end: number } | { status: 'orphan'; start: null; end: null };

/**
 * The stored position is trusted when the quote is there word for word and the score reaches this:
 * the prefix and suffix agree at ≈ 77 % on average, so they survived whatever changed.
 */
export const CONFIRM_SCORE = 0.9;
/**
 * An exact occurrence elsewhere is taken without looking further only when its context is this
 * close to the stored one. Briefings repeat phrases ("the EU-CELAC coordination and cooperation
 * mechanism on drugs"), so a copy in merely similar context must compete with a near match in the
 * original context (a typo fixed in the annotated passage).
 */
export const CONFIRM_CONTEXT = 0.95;
/**
 * The least score accepted at all. Taking Hypothesis' weights, it admits a quote reworded by a
 * third with its context intact (0.67 · 50 + 40 + 2 ≈ 0.82 · 92), or word for word with half its
 * context changed (a moved paragraph), and rejects text merely like the quote in unrelated
 * surroundings (≈ 0.5 similarity everywhere scores ≈ 0.5).
 */
export const ACCEPT_SCORE = 0.75;
/** Quotes at least this long (UTF-16 units) identify their passage without context... */
export const SELF_IDENTIFYING_LENGTH = 32;
/** ...when found with at most this share of their characters changed. */
export const SELF_IDENTIFYING_SIMILARITY = 0.9;

/** A document text prepared once for anchoring many annotations in it. */
export interface AnchorText {
  readonly text: string;
  readonly collapsed: CollapsedText;
}

/** Prepares `text` for `anchor` (worth doing once when anchoring every annotation of a briefing). */
export function prepareText(text: string): AnchorText {
  return { text, collapsed: collapseWhitespace(text) };
}

/**
 * Finds the range of `text` that `selectors` describe, and how well it matches.
 *
 * @param text - the current document text, or `prepareText(text)`
 * @param selectors - the stored quote, prefix, suffix and position (from `describe`)
 */
export function anchor(text: string | AnchorText, selectors: TextSelectors): AnchorResult {
  const { quote, prefix, suffix, start, end } = selectors;
  const plain = typeof text === 'string' ? text : text.text;
  if (quote.trim() === '') return orphan();

  // 1. The stored position, when the text there is still the quote in its context.
  if (start >= 0 && end <= plain.length && plain.slice(start, end) === quote) {
    const here = scoreCandidate(plain, quote, { prefix, suffix, hint: start }, { start, end, errors: 0 });
    if (here.score >= CONFIRM_SCORE) return { status: 'exact', start, end };
  }

  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const c = prepared.collapsed;
  const q = collapseString(quote);
  const context: QuoteContext = {
    prefix: collapseString(prefix),
    suffix: collapseString(suffix),
    hint: toCollapsedOffset(c, start)
  };
  const score = (candidate: { start: number; end: number; errors: number }) => scoreCandidate(c.text, q, context, candidate);

  // 2. Exact occurrences of the quote, the one whose context agrees best.
  const exacts = exactOccurrences(c.text, q).map(score);
  const exact = bestCandidate(exacts);
  if (exact && exact.contextSimilarity >= CONFIRM_CONTEXT) return placed('exact', c, exact, selectors);

  // 3. Approximate matches, competing with the exact occurrences on their scores: a reworded
  // passage in its own context beats the same words elsewhere in another one...
  const fuzzy = bestCandidate(approximateCandidates(c.text, q, context).map(score));
  let best = bestCandidate([exact, fuzzy].filter((x): x is ScoredCandidate => x !== null));
  if (best && best.errors > 0) {
    // ...but at one and the same place, the exact words win over a stretch that swallowed words
    // inserted at its edge.
    const samePlace = bestCandidate(exacts.filter((e) => e.start < best!.end && best!.start < e.end && acceptable(e, q)));
    if (samePlace) best = samePlace;
  }
  if (!best || !acceptable(best, q)) return orphan();
  return placed(best.errors === 0 ? 'exact' : 'fuzzy', c, best, selectors);
}

function acceptable(candidate: ScoredCandidate, quote: string): boolean {
  if (candidate.score >= ACCEPT_SCORE) return true;
  return quote.length >= SELF_IDENTIFYING_LENGTH && candidate.quoteSimilarity >= SELF_IDENTIFYING_SIMILARITY;
}

function placed(status: 'exact' | 'fuzzy', c: CollapsedText, candidate: ScoredCandidate, selectors: TextSelectors): AnchorResult {
  const range = toOriginalRange(c, candidate.start, candidate.end);
  // An approximate match may begin or end on the collapsed space between two words...
  const trimmed = trimRange(c.original, range.start, range.end);
  if (!trimmed) return orphan();
  // ...or inside a word whose letters changed.
  return { status, ...(status === 'fuzzy' ? snapToWords(c.original, trimmed.start, trimmed.end, selectors) : trimmed) };
}

function orphan(): AnchorResult {
  return { status: 'orphan', start: null, end: null };
}
