/**
 * The one tokenizer of search: indexing, querying and highlighting all cut text into words here,
 * so a word that was indexed is always found again and marked where it stands in the original.
 *
 * A word is a run of Unicode letters, digits and combining marks, with inner apostrophes kept
 * ("world's", "O'Neill"). Its term is the folded form (NFD, marks stripped, lower case — see
 * `foldText`), without a possessive "'s" and without apostrophes: "Macías's" → "macias".
 * Offsets are UTF-16 units into the original text, as everywhere else in the app.
 */
import { foldText } from '../../../shared/text';

/** Words longer than this are codes, URLs or noise: never indexed, never matched. */
export const MAX_TERM_LENGTH = 64;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}
/** Non-ASCII code units already classified; text is mostly ASCII, so this stays small. */
const nonAsciiWord = new Map<number, boolean>();

function isWordUnit(text: string, i: number, code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // Surrogate pairs: classify the whole code point from its high half.
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && isWordUnit(text, i - 1, text.charCodeAt(i - 1));
  let known = nonAsciiWord.get(code);
  if (known === undefined) {
    const char = code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(text.codePointAt(i) ?? code) : String.fromCharCode(code);
    known = WORD_CHAR.test(char);
    if (code < 0xd800 || code > 0xdbff) nonAsciiWord.set(code, known);
  }
  return known;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * Calls `emit(raw, start, end)` for each word of `text`, in order. `raw` is the word as written;
 * `start`/`end` are its UTF-16 offsets in `text`.
 */
export function scanWords(text: string, emit: (raw: string, start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordUnit(text, i, code)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < length) {
      const next = text.charCodeAt(j);
      if (isWordUnit(text, j, next)) j++;
      else if (isApostrophe(next) && j + 1 < length && isWordUnit(text, j + 1, text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    emit(text.slice(i, j), i, j);
    i = j;
  }
}

/** Words are letters, digits and apostrophes: a word of these ASCII ones needs no Unicode folding. */
const ASCII_ONLY = /^[0-9A-Za-z']*$/;

/**
 * The term of a word as written: folded, possessive and apostrophes removed. Returns "" for a
 * word that yields no term (too long, or only marks).
 */
export function termOf(raw: string): string {
  let term = ASCII_ONLY.test(raw) ? raw.toLowerCase() : foldText(raw);
  if (term.length > 2 && (term.endsWith("'s") || term.endsWith('’s'))) term = term.slice(0, -2);
  if (term.includes("'") || term.includes('’')) term = term.replace(/['’]/g, '');
  return term.length > MAX_TERM_LENGTH ? '' : term;
}

/** A word of a text with its term and place. */
export interface Token {
  term: string;
  start: number;
  end: number;
  /** Index of the word among the words of the text (the position used by phrases). */
  index: number;
}

/**
 * Calls `emit` for each word of `text` that has a term, numbering them from 0: the same numbering
 * (word positions) whether the text is being indexed, queried or highlighted.
 */
export function scanTokens(text: string, toTerm: (raw: string) => string, emit: (term: string, start: number, end: number, index: number) => void): void {
  let index = 0;
  scanWords(text, (raw, start, end) => {
    const term = toTerm(raw);
    if (term !== '') emit(term, start, end, index++);
  });
}

/** Cuts `text` into tokens. For hot loops use `scanTokens` with a `TermCache`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, termOf, (term, start, end, index) => tokens.push({ term, start, end, index }));
  return tokens;
}

/** The terms of `text`, in order. */
export function termsOf(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

/**
 * Memoises `termOf` for the words of a large text (building the index): a library has far fewer
 * distinct spellings than words, so each is folded once. Bounded so a huge vocabulary cannot grow
 * it without end.
 */
export class TermCache {
  private readonly cache = new Map<string, string>();
  constructor(private readonly limit = 500_000) {}

  /** The term of a spelling already seen, or undefined. */
  known(raw: string): string | undefined {
    return this.cache.get(raw);
  }

  termOf(raw: string): string {
    let term = this.cache.get(raw);
    if (term === undefined) {
      term = termOf(raw);
      if (this.cache.size >= this.limit) this.cache.clear();
      this.cache.set(raw, term);
    }
    return term;
  }
}
