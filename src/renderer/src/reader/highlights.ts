/**
 * Transient highlights (find matches, search hits) drawn with the CSS Custom Highlight API: the
 * browser paints `::highlight(name)` over DOM ranges without touching the text, so highlighting
 * thousands of matches never re-renders the document. Styles are in styles/reader.css.
 */
export type HighlightName = 'find-match' | 'find-current' | 'search-match' | 'search-current' | 'fact-current' | `annotation-${string}`;

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/**
 * Paints `ranges` as the highlight `name`, replacing what it painted before. Where highlights
 * overlap, the higher `priority` is painted on top (the user's annotations sit below find matches).
 */
export function paintHighlight(name: HighlightName, ranges: readonly Range[], priority = 0): void {
  const highlights = registry();
  if (!highlights) return;
  if (ranges.length === 0) {
    highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  highlights.set(name, highlight);
}

/** Removes the highlight `name`. */
export function clearHighlight(name: HighlightName): void {
  registry()?.delete(name);
}
