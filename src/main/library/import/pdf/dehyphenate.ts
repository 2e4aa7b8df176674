/**
 * Joining lines into running text. A hyphen at the end of a line is either a break inside a word
 * (econo-/mic) or a hyphen the word always has (EU-CELAC, human-/centric). It is removed when the
 * joined word occurs elsewhere, or when neither half is a word and the next line goes on in lower case; the document's
 * own vocabulary decides what a word is, so no dictionary of any language is needed.
 */
import type { Fragment } from '../eprs-text/inline';
import { joinFragments } from '../eprs-text/inline';

interface TextLine {
  text: string;
  spans: Fragment['spans'];
}

const WORD = /\p{L}[\p{L}'’]*/gu;

/**
 * The words of a document's lines, lower case. The halves of a word broken at a line end are left
 * out, so that "econo-" and "mic" never count as words.
 */
export function vocabulary(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  let afterHyphen = false;
  for (const line of lines) {
    const matches = [...line.matchAll(WORD)];
    const endsWithHyphen = /\p{L}-$/u.test(line);
    matches.forEach((match, k) => {
      if ((k === 0 && afterHyphen) || (k === matches.length - 1 && endsWithHyphen)) return;
      words.add(match[0].toLowerCase());
    });
    afterHyphen = endsWithHyphen;
  }
  return words;
}

/** Joins lines with a space, or with nothing after a hyphen (removed when it breaks a word). */
export function joinLines(lines: readonly TextLine[], words: ReadonlySet<string>): Fragment {
  const parts: Fragment[] = lines.map((l) => ({ text: l.text, spans: l.spans }));
  const tight = new Set<Fragment>();
  for (let k = 0; k < parts.length - 1; k++) {
    const before = parts[k]!;
    if (!/\p{L}[-‐/]$/u.test(before.text)) continue;
    const joined = breaksWord(before.text, parts[k + 1]!.text, words)
      ? { text: before.text.slice(0, -1), spans: before.spans.filter((s) => s.end < before.text.length) }
      : before;
    parts[k] = joined;
    tight.add(joined);
  }
  return joinFragments(parts, (before) => (tight.has(before) ? '' : ' '));
}

function breaksWord(before: string, after: string, words: ReadonlySet<string>): boolean {
  const head = /(\p{L}+)-$/u.exec(before);
  const tail = /^(\p{Ll}\p{L}*)/u.exec(after);
  if (!head || !tail) return false;
  const left = head[1]!.toLowerCase();
  const right = tail[1]!.toLowerCase();
  if (words.has(left + right)) return true;
  // "human-/centric": a word before the hyphen makes it a compound's hyphen, kept.
  return !words.has(left) && !words.has(right);
}
