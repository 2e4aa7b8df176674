/**
 * Where a new annotation goes: a range the reader selected, or a quote typed on the command line
 * that must occur exactly once (optionally narrowed by the words just before or after it).
 * Whitespace is compared loosely, so a quote typed on one line finds a passage that spans two
 * paragraphs.
 */
import { LibraryError } from '../errors';
import { collapseString, collapseWhitespace, toOriginalRange } from './anchoring/collapse';
import { exactOccurrences } from './anchoring/match-quote';
import { trimRange } from './anchoring/selectors';
import type { DocumentText } from './document-text';

export interface QuoteQuery {
  quote: string;
  prefix?: string;
  suffix?: string;
}

/** Shortens a text for an error message. */
export function shorten(text: string, max = 60): string {
  const flat = collapseString(text.trim());
  return JSON.stringify(flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`);
}

const where = (doc: DocumentText) => `${shorten(doc.title, 50)} (${doc.briefingId})`;

/**
 * The range of the one occurrence of `query.quote` in the document that has the given prefix and
 * suffix next to it.
 *
 * @throws LibraryError naming the briefing and the quote when there is no such occurrence, or
 * several.
 */
export function locateQuote(doc: DocumentText, query: QuoteQuery): { start: number; end: number } {
  const quote = collapseString(query.quote.trim());
  if (quote === '') throw new LibraryError('Annotate: the quote is empty', 'invalid-input');
  const c = collapseWhitespace(doc.text);
  const all = exactOccurrences(c.text, quote);
  if (all.length === 0) throw new LibraryError(`Annotate: the quote ${shorten(query.quote)} is not in ${where(doc)}`, 'not-found');
  const prefix = collapseString(query.prefix ?? '').trim();
  const suffix = collapseString(query.suffix ?? '').trim();
  const matching = all.filter((o) => c.text.slice(0, o.start).trimEnd().endsWith(prefix) && c.text.slice(o.end).trimStart().startsWith(suffix));
  if (matching.length === 0) {
    throw new LibraryError(`Annotate: the quote ${shorten(query.quote)} occurs in ${where(doc)} but never with that prefix and suffix`, 'not-found');
  }
  if (matching.length > 1) {
    throw new LibraryError(
      `Annotate: the quote ${shorten(query.quote)} occurs ${matching.length} times in ${where(doc)}; give a prefix or suffix (the words just before or after it) to pick one`,
      'ambiguous'
    );
  }
  const range = toOriginalRange(c, matching[0]!.start, matching[0]!.end);
  return trimRange(doc.text, range.start, range.end) ?? range;
}

/**
 * Checks a selected range: inside the text, not only whitespace (trimmed of it at the edges),
 * and — when the caller also says what it selected — still showing that quote, so that a reader
 * holding an older edition cannot attach a note to the wrong words.
 */
export function checkRange(doc: DocumentText, start: number, end: number, expectedQuote?: string): { start: number; end: number } {
  if (start >= end || end > doc.text.length) {
    throw new LibraryError(`Annotate: the range ${start}–${end} is empty or outside the text of ${where(doc)} (0–${doc.text.length})`, 'invalid-input');
  }
  const trimmed = trimRange(doc.text, start, end);
  if (!trimmed) throw new LibraryError(`Annotate: the selection in ${where(doc)} holds only whitespace`, 'invalid-input');
  if (expectedQuote !== undefined && collapseString(doc.text.slice(trimmed.start, trimmed.end)) !== collapseString(expectedQuote.trim())) {
    throw new LibraryError(
      `Annotate: the text at ${start}–${end} of ${where(doc)} is not ${shorten(expectedQuote)}; reload the briefing and select again`,
      'conflict'
    );
  }
  return trimmed;
}
