/**
 * Applying a "did you mean" word to a query: it replaces the query word it is closest to — the one
 * sharing the longest start with it, then the most letters — so that "cocainne seizures" with
 * the suggestion "cocaine" becomes "cocaine seizures".
 */
export function correctQuery(query: string, word: string): string {
  const words = query.split(/(\s+)/);
  let best = -1;
  let bestScore = -1;
  words.forEach((candidate, i) => {
    if (/^\s*$/.test(candidate) || /^[-"]|:/.test(candidate)) return;
    const score = sharedStart(candidate.toLowerCase(), word.toLowerCase()) * 100 + sharedLetters(candidate.toLowerCase(), word.toLowerCase());
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return `${query.trimEnd()} ${word}`;
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
