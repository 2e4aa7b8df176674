/**
 * Snapping an approximate match to whole words. The edit-distance matcher aligns characters, not
 * words, so a reworded passage ("Colombian Drug Observatory" → "national drug observatory") can be
 * found as "ational drug observatory": the cheapest alignment drops the letters that differ. A
 * highlight that cuts a word in half reads as a bug, so an edge that falls inside a word moves out
 * to the word's edge — unless the stored quote itself began or ended inside a word (the reader
 * selected part of one), which its prefix and suffix tell.
 */

/** Letters, marks and digits (in any script) make up words; apostrophes and hyphens join them. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** The stored edges of a quote, as its selectors describe them. */
export interface QuoteEdges {
  quote: string;
  prefix: string;
  suffix: string;
}

/** True when the quote began inside a word: its first unit and the prefix's last are both word characters. */
function startedInsideWord({ quote, prefix }: QuoteEdges): boolean {
  return isWordChar(prefix.at(-1)) && isWordChar(quote[0]);
}

/** True when the quote ended inside a word: its last unit and the suffix's first are both word characters. */
function endedInsideWord({ quote, suffix }: QuoteEdges): boolean {
  return isWordChar(quote.at(-1)) && isWordChar(suffix[0]);
}

/**
 * Widens `[start, end)` of `text` so that neither edge splits a word, keeping an edge inside a word
 * only where the stored quote had one there too.
 *
 * @example snapToWords('the national drug observatory', 5, 29, edges) // { start: 4, end: 29 }
 */
export function snapToWords(text: string, start: number, end: number, edges: QuoteEdges): { start: number; end: number } {
  if (!startedInsideWord(edges)) {
    while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  }
  if (!endedInsideWord(edges)) {
    while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
  }
  return { start, end };
}
