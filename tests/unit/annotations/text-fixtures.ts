/**
 * Document texts for anchoring tests, built from the bundled briefing's paragraphs (real EPRS
 * prose, so repeated words and near-duplicate sentences are as in life) without going through any
 * parser: each long line of the file is a paragraph, joined as the document text is.
 */
import fs from 'node:fs';
import { BUNDLED_BRIEFING } from '../../helpers/temp-library';
import { describe as describeRange, type TextSelectors } from '../../../src/main/library/annotations/anchoring/selectors';

/** The bundled briefing's paragraphs (lines of 200+ characters), in order. */
export const PARAGRAPHS: readonly string[] = fs
  .readFileSync(BUNDLED_BRIEFING, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length >= 200);

/** Paragraphs joined as a document text (blank line between them). */
export const join = (paragraphs: readonly string[]) => paragraphs.join('\n\n');

/** Selectors for the `occurrence`-th (0-based) occurrence of `quote` in `text`. */
export function select(text: string, quote: string, occurrence = 0): TextSelectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`test setup: ${JSON.stringify(quote)} occurs fewer than ${occurrence + 1} times`);
  }
  return describeRange(text, at, at + quote.length);
}

/** The text an anchor result points at, or null for an orphan. */
export function textAt(text: string, result: { start: number | null; end: number | null }): string | null {
  return result.start === null || result.end === null ? null : text.slice(result.start, result.end);
}
