/**
 * Stepping through a set of matches in the article — find results or the hits of a library
 * search: which one is current (starting where `startAt` says whenever the matches change), all of
 * them painted with the CSS Custom Highlight API and the current one in another colour and
 * scrolled into view, next/previous (⌘/Ctrl+G, F3) wrapping at the ends, and Escape to close —
 * which, as in a browser, leaves the current match selected, so that the keyboard can go on from
 * there (extend it with Shift+arrows, highlight it with H).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useCommand } from '../app/commands';
import type { BlockLookup } from './block-lookup';
import { clearHighlight, paintHighlight, type HighlightName } from './highlights';
import { revealRange } from './scrolling';
import type { TextMatch } from './text-match';
import { rangesFor } from './text-ranges';

export interface MatchNavigationOptions {
  matches: readonly TextMatch[];
  /** The index to start at for a new set of matches. */
  startAt(matches: readonly TextMatch[]): number;
  names: { all: HighlightName; current: HighlightName };
  lookup: BlockLookup;
  containerRef: RefObject<HTMLElement | null>;
  onClose(): void;
}

export function useMatchNavigation({ matches, startAt, names, lookup, containerRef, onClose }: MatchNavigationOptions) {
  const { all: allName, current: currentName } = names;
  // The index belongs to one set of matches; a new set starts over (adjusted during render, so
  // that no frame ever shows the old index on the new matches).
  const [position, setPosition] = useState(() => ({ matches, index: startAt(matches) }));
  let current = position.index;
  if (position.matches !== matches) {
    current = startAt(matches);
    setPosition({ matches, index: current });
  }

  const step = useCallback(
    (delta: number) => setPosition((p) => (p.matches.length === 0 ? p : { ...p, index: (p.index + delta + p.matches.length) % p.matches.length })),
    []
  );
  useCommand('find-next', () => step(1));
  useCommand('find-previous', () => step(-1));

  const ranges = useMemo(() => rangesFor(matches, lookup), [matches, lookup]);
  useEffect(() => {
    paintHighlight(allName, ranges);
    return () => clearHighlight(allName);
  }, [ranges, allName]);

  const shown = useRef<TextMatch | null>(null);
  const match = matches.length > 0 ? matches[current] : undefined;
  useEffect(() => {
    const range = match ? rangesFor([match], lookup)[0] : undefined;
    paintHighlight(currentName, range ? [range] : []);
    const container = containerRef.current;
    const element = match ? lookup(match.blockId) : null;
    if (container && element && range && shown.current !== match) revealRange(container, element, range);
    shown.current = match ?? null;
    return () => clearHighlight(currentName);
  }, [match, currentName, lookup, containerRef]);

  useCommand('close', () => {
    const range = match ? rangesFor([match], lookup)[0] : undefined;
    onClose();
    const selection = window.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  });

  return { current: match ? current : -1, step };
}
