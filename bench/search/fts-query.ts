/** How the benchmark and the relevance script ask SQLite FTS5 for what a user typed. */

/** FTS5's query for the same text: every word as a prefix (`"word"*`), quoted phrases as phrases. */
export function ftsQuery(text: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const words = m[1].split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (words.length > 0) parts.push(`"${words.join(' ')}"`);
    } else {
      for (const word of m[2]!.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) parts.push(`"${word}"*`);
    }
  }
  return parts.join(' ');
}
