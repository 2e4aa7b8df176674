/** The recent-searches list: newest first, no repeats (ignoring case), at most `max`. */
export function rememberSearch(recent: readonly string[], query: string, max: number): string[] {
  const trimmed = query.trim();
  if (trimmed === '') return [...recent];
  return [trimmed, ...recent.filter((q) => q.toLowerCase() !== trimmed.toLowerCase())].slice(0, max);
}
