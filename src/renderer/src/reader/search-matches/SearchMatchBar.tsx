/**
 * After opening a library-search hit: the matched words highlighted in the passage and in every
 * other hit of the same briefing, with next/previous to step through them in reading order.
 */
import { useCallback, useMemo, type RefObject } from 'react';
import type { SearchHit } from '../../../../shared/contract/search';
import type { BlockInfo } from '../../../../shared/types';
import { Icon } from '../../ui/Icon';
import type { BlockLookup } from '../block-lookup';
import { MatchStepper } from '../find/MatchStepper';
import type { TextMatch } from '../text-match';
import { useMatchNavigation } from '../useMatchNavigation';

const NAMES = { all: 'search-match', current: 'search-current' } as const;

export interface SearchTarget {
  query: string;
  /** The hits of this briefing from the search that was run. */
  hits: SearchHit[];
  /** The hit the user opened. */
  blockId: number;
}

export interface SearchMatchBarProps {
  target: SearchTarget;
  blocks: readonly BlockInfo[];
  lookup: BlockLookup;
  containerRef: RefObject<HTMLElement | null>;
  onClose(): void;
}

/** The hits' highlighted words as matches in reading order, and where the opened hit's first one is. */
export function searchMatches(target: SearchTarget, blocks: readonly BlockInfo[]): { matches: TextMatch[]; first: number } {
  const order = new Map(blocks.map((block, i) => [block.id, i]));
  const matches = target.hits
    .filter((hit) => order.has(hit.blockId))
    .flatMap((hit) => hit.highlights.map(([start, end]) => ({ blockId: hit.blockId, start, end })))
    .sort((a, b) => order.get(a.blockId)! - order.get(b.blockId)! || a.start - b.start);
  return {
    matches,
    first: Math.max(
      0,
      matches.findIndex((m) => m.blockId === target.blockId)
    )
  };
}

export function SearchMatchBar({ target, blocks, lookup, containerRef, onClose }: SearchMatchBarProps) {
  const { matches, first } = useMemo(() => searchMatches(target, blocks), [target, blocks]);
  const startAt = useCallback(() => first, [first]);
  const { current, step } = useMatchNavigation({ matches, startAt, names: NAMES, lookup, containerRef, onClose });

  return (
    <div className="match-bar search-bar" role="region" aria-label="Search matches in this briefing">
      <Icon name="search" className="match-bar-icon" />
      <p className="match-bar-label">
        <span className="muted">Search:</span> <q>{target.query}</q>
      </p>
      <MatchStepper
        status={matches.length === 0 ? 'No highlighted words' : `${current + 1} of ${matches.length}`}
        disabled={matches.length === 0}
        onPrevious={() => step(-1)}
        onNext={() => step(1)}
        onClose={onClose}
        closeLabel="Clear search highlights"
      />
    </div>
  );
}
