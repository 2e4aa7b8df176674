/**
 * Shows a set of matches in the article — find results or the hits of a library search — with the
 * CSS Custom Highlight API: all of them in one colour, the current one in another, and the current
 * one scrolled into view whenever it changes.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import type { BlockLookup } from './block-lookup';
import { clearHighlight, paintHighlight, type HighlightName } from './highlights';
import { revealRange } from './scrolling';
import type { TextMatch } from './text-match';
import { rangesFor } from './text-ranges';

export interface MatchHighlightOptions {
  matches: readonly TextMatch[];
  /** Index into `matches`, or -1 for none. */
  current: number;
  names: { all: HighlightName; current: HighlightName };
  lookup: BlockLookup;
  containerRef: RefObject<HTMLElement | null>;
}

export function useMatchHighlights({ matches, current, names, lookup, containerRef }: MatchHighlightOptions): void {
  const ranges = useMemo(() => rangesFor(matches, lookup), [matches, lookup]);

  useEffect(() => {
    paintHighlight(names.all, ranges);
    return () => clearHighlight(names.all);
  }, [ranges, names.all]);

  useEffect(() => {
    const match = matches[current];
    const range = match ? rangesFor([match], lookup)[0] : undefined;
    paintHighlight(names.current, range ? [range] : []);
    const container = containerRef.current;
    const element = match ? lookup(match.blockId) : null;
    if (container && element && range) revealRange(container, element, range);
    return () => clearHighlight(names.current);
  }, [matches, current, names.current, lookup, containerRef]);
}
