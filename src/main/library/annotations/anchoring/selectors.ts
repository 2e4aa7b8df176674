/**
 * W3C Web Annotation selectors over a briefing's document text, and how to describe a range with
 * them. An annotation keeps both a TextQuoteSelector (the words, with a little context on each
 * side) and a TextPositionSelector (offsets): the position is exact but breaks on any edit before
 * it, the quote survives edits and moves. Offsets are UTF-16 code units, as JavaScript strings and
 * DOM ranges count them (docs/DESIGN.md, "Text positions"), not Unicode code points as the W3C
 * model's "characters" would suggest: an emoji before a quote counts 2.
 */
import { LibraryError } from '../../errors';

/** How many UTF-16 units of context are kept on each side of a quote (Hypothesis keeps 32). */
export const CONTEXT_LENGTH = 32;

/** A TextQuoteSelector and a TextPositionSelector for the same range. */
export interface TextSelectors {
  /** The quoted text, exactly as in the document text. */
  quote: string;
  /** Up to `CONTEXT_LENGTH` units of text just before the quote ('' at the start of the text). */
  prefix: string;
  /** Up to `CONTEXT_LENGTH` units of text just after the quote ('' at the end of the text). */
  suffix: string;
  /** Offset of the quote's first unit. */
  start: number;
  /** Offset just after the quote's last unit. */
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (inside an emoji). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Describes `[start, end)` of `text` with selectors. A boundary that falls inside a surrogate pair
 * is moved outwards so that no half of a character is ever stored; context never starts or ends
 * inside one either.
 *
 * @throws LibraryError when the range is empty or outside the text.
 * @example describe('Cocaine production doubled.', 8, 18) // quote 'production', prefix 'Cocaine ', suffix ' doubled.'
 */
export function describe(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new LibraryError(`Annotations: the range ${start}–${end} is empty or outside the text (0–${text.length})`, 'invalid-input');
  }
  if (splitsPair(text, start)) start -= 1;
  if (splitsPair(text, end)) end += 1;
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end
  };
}

/**
 * Shrinks `[start, end)` past whitespace at either edge, as a selection made by triple-click or
 * drag often carries a line break or a space; returns null when nothing but whitespace is left.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
