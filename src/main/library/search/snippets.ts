/**
 * Snippets and highlights for a hit: the block is tokenized with the index's tokenizer, so a match
 * is found on the folded term ("macias") and marked on the original letters ("Macías"); `highlights`
 * cover the whole block for the reader, the snippet is the window of the block where the matched
 * words are densest, cut at word (preferably sentence) boundaries.
 */
import { tokenize, type Token } from './tokenizer';

export interface MatchTerms {
  /** Folded terms that count as a match for a single word. */
  words: ReadonlySet<string>;
  /** Phrases, as folded terms in order: marked only where they occur together. */
  phrases: readonly string[][];
}

export interface Snippet {
  snippet: string;
  snippetText: string;
  snippetMatches: Array<[number, number]>;
  highlights: Array<[number, number]>;
}

/** About the length of a search result line or two. */
export const SNIPPET_LENGTH = 220;
const ELLIPSIS = '…';

/** The matched ranges of `text` (UTF-16 offsets), in order, phrases as one range each. */
export function findMatches(text: string, terms: MatchTerms): Array<[number, number, string]> {
  const tokens = tokenize(text);
  const ranges: Array<[number, number, string]> = [];
  const covered = new Uint8Array(tokens.length);
  for (const phrase of terms.phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((term, k) => tokens[i + k]!.term === term)) {
        ranges.push([tokens[i]!.start, tokens[i + phrase.length - 1]!.end, phrase.join(' ')]);
        covered.fill(1, i, i + phrase.length);
      }
    }
  }
  tokens.forEach((token: Token, i) => {
    if (!covered[i] && terms.words.has(token.term)) ranges.push([token.start, token.end, token.term]);
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Builds the snippet of `text` for the matched terms. */
export function buildSnippet(text: string, terms: MatchTerms, length = SNIPPET_LENGTH): Snippet {
  const matches = findMatches(text, terms);
  const highlights = matches.map(([s, e]): [number, number] => [s, e]);
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const anchor = bestAnchor(matches, length);
    start = windowStart(text, anchor, length);
    end = windowEnd(text, Math.min(text.length, start + length));
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const lead = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const snippetText = lead + text.slice(start, end) + tail;
  const shift = lead.length - start;
  const snippetMatches = highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s + shift, e + shift]);
  let snippet = '';
  let at = 0;
  for (const [s, e] of snippetMatches) {
    snippet += `${snippetText.slice(at, s)}**${snippetText.slice(s, e)}**`;
    at = e;
  }
  snippet += snippetText.slice(at);
  return { snippet, snippetText, snippetMatches, highlights };
}

/** The offset of the match that starts the window holding the most distinct matched terms. */
function bestAnchor(matches: Array<[number, number, string]>, length: number): number {
  let best = matches[0]?.[0] ?? 0;
  let bestScore = -1;
  for (let i = 0; i < matches.length; i++) {
    const from = matches[i]![0];
    const seen = new Set<string>();
    let count = 0;
    for (let j = i; j < matches.length && matches[j]![1] <= from + length * 0.8; j++) {
      seen.add(matches[j]![2]);
      count++;
    }
    const score = seen.size * 100 + count;
    if (score > bestScore) {
      bestScore = score;
      best = from;
    }
  }
  return best;
}

/** Starts the window a little before `anchor`: at a sentence start if one is near, else a word. */
function windowStart(text: string, anchor: number, length: number): number {
  const earliest = Math.max(0, anchor - Math.floor(length * 0.3));
  const before = text.slice(earliest, anchor);
  const sentenceEnd = /[.!?;:]\s+/g;
  let afterSentence = -1;
  for (let m = sentenceEnd.exec(before); m; m = sentenceEnd.exec(before)) afterSentence = m.index + m[0].length;
  if (afterSentence >= 0) return earliest + afterSentence;
  if (earliest === 0) return 0;
  const space = text.indexOf(' ', earliest);
  return space >= 0 && space < anchor ? space + 1 : anchor;
}

/** Ends the window at a word boundary at or before `end`. */
function windowEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const space = text.lastIndexOf(' ', end);
  return space > end - 40 ? space : end;
}
