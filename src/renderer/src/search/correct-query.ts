/**
 * Applying a "did you mean" word to a query: it replaces the query word it is closest to — the one
 * sharing the longest start with it, then the most letters — so that "cocainne seizures" with
 * the suggestion "cocaine" becomes "cocaine seizures".
 */
export function correctQuery(query: string, word: string): string {
  const words = query.split(/(\s+)/);
  let best = -1;
  let bestScore = -1;
  let inPhrase = false;
  words.forEach((candidate, i) => {
    // Words of a "quoted phrase", exclusions and filters are the user's exact intent: left alone.
    const quotes = (candidate.match(/"/g) ?? []).length;
    const skip = inPhrase || quotes > 0 || /^\s*$/.test(candidate) || /^-|:/.test(candidate);
    if (quotes % 2 === 1) inPhrase = !inPhrase;
    if (skip) return;
    const score = sharedStart(candidate.toLowerCase(), word.toLowerCase()) * 100 + sharedLetters(candidate.toLowerCase(), word.toLowerCase());
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return [query.trim(), word].filter(Boolean).join(' ');
  words[best] = word;
  return words.join('');
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sharedLetters(a: string, b: string): number {
  const letters = [...b];
  return [...a].filter((letter) => {
    const at = letters.indexOf(letter);
    if (at < 0) return false;
    letters.splice(at, 1);
    return true;
  }).length;
}
