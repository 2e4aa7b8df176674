/**
 * The page of the original to show beside the text: the page of the block at the top of the
 * reading view, followed as the reader scrolls (at most once a frame), or a page turned to by hand,
 * which brings that page's first block to the top of the text.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { BlockLookup } from '../block-lookup';
import { readPosition, scrollToElement } from '../scrolling';
import type { PageIndex } from './page-index';

export function useFollowedPage(
  containerRef: RefObject<HTMLElement | null>,
  index: PageIndex,
  lookup: BlockLookup,
  pageCount: number
): [page: number, turnTo: (page: number) => void] {
  const [page, setPage] = useState(1);
  // The page the text last showed at its top. The shown page follows the text only when this
  // changes, so a page turned to by hand stays even where the text cannot show its start at the top.
  const followed = useRef<number | null>(null);

  const pageAtTop = useCallback((): number | null => {
    const container = containerRef.current;
    const position = container ? readPosition(container) : null;
    if (!position) return null;
    return position.blockId === null ? 1 : index.pageOf(position.blockId);
  }, [containerRef, index]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frame = 0;
    const follow = () => {
      frame = 0;
      const now = pageAtTop();
      if (now === null || now === followed.current) return;
      followed.current = now;
      setPage(now);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(follow);
    };
    follow();
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      container.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [containerRef, pageAtTop]);

  const turnTo = useCallback(
    (wanted: number) => {
      const next = Math.min(pageCount, Math.max(1, wanted));
      setPage(next);
      const container = containerRef.current;
      const blockId = index.firstBlockOn(next);
      const element = blockId === null ? null : lookup(blockId);
      if (!container || !element) return;
      scrollToElement(container, element, 'start');
      // Where the text now stands counts as followed: only the reader's own scrolling moves on from the page turned to.
      followed.current = pageAtTop();
    },
    [containerRef, index, lookup, pageAtTop, pageCount]
  );

  return [page, turnTo];
}
