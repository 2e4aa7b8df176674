/**
 * Find in the open briefing (⌘/Ctrl+F): a field that finds as you type, ignoring case and accents,
 * with the match count, next/previous (Enter, Shift+Enter, ⌘/Ctrl+G) and Escape to close. All
 * matches are highlighted in the text.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BlockInfo } from '../../../../shared/types';
import { Icon } from '../../ui/Icon';
import type { BlockLookup } from '../block-lookup';
import { readPosition } from '../scrolling';
import type { TextMatch } from '../text-match';
import { useMatchNavigation } from '../useMatchNavigation';
import { findMatches, foldBlocks, MAX_FIND_MATCHES } from './find-matches';
import { MatchStepper } from './MatchStepper';

const NAMES = { all: 'find-match', current: 'find-current' } as const;

export interface FindBarProps {
  blocks: readonly BlockInfo[];
  lookup: BlockLookup;
  containerRef: RefObject<HTMLElement | null>;
  /** Incremented each time ⌘/Ctrl+F is pressed again, to refocus and select the field. */
  focusSignal: number;
  onClose(): void;
}

export function FindBar({ blocks, lookup, containerRef, focusSignal, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const folded = useMemo(() => foldBlocks(blocks), [blocks]);
  const { matches, truncated } = useMemo(() => findMatches(folded, deferredQuery), [folded, deferredQuery]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);
  const order = useMemo(() => new Map(blocks.map((block, i) => [block.id, i])), [blocks]);
  // Start from the reader's place, not from the top of the briefing.
  const startAt = useCallback((found: readonly TextMatch[]) => firstInView(found, order, containerRef.current), [order, containerRef]);
  const { current, step } = useMatchNavigation({ matches, startAt, names: NAMES, lookup, containerRef, onClose });

  const status =
    deferredQuery.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${current + 1} of ${truncated ? `${MAX_FIND_MATCHES.toLocaleString('en')}+` : matches.length.toLocaleString('en')}`;

  return (
    <div className="match-bar find-bar" role="search" aria-label="Find in this briefing">
      <Icon name="search" className="match-bar-icon" />
      <input
        ref={input}
        type="text"
        enterKeyHint="search"
        className="find-input"
        placeholder="Find in this briefing"
        aria-label="Find in this briefing"
        value={query}
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <MatchStepper
        status={status}
        disabled={matches.length === 0}
        onPrevious={() => step(-1)}
        onNext={() => step(1)}
        onClose={onClose}
        closeLabel="Close find"
      />
    </div>
  );
}

/** The first match at or after the block at the top of the view (0 when there is none). */
function firstInView(matches: readonly TextMatch[], order: ReadonlyMap<number, number>, container: HTMLElement | null): number {
  const position = container ? readPosition(container) : null;
  const top = position?.blockId != null ? order.get(position.blockId) : undefined;
  if (top === undefined) return 0;
  const index = matches.findIndex((match) => (order.get(match.blockId) ?? 0) >= top);
  return index < 0 ? 0 : index;
}
