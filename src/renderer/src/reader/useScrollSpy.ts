/**
 * Which part of the briefing is being read: the last heading (of the table of contents' anchors)
 * above a line near the top of the view. Computed at most once per frame, with a binary search
 * over the headings, so it stays cheap on a very long briefing.
 */
import { useEffect, useState, type RefObject } from 'react';

/** The reading line, below the top edge: a heading just above it still counts as current. */
const READING_LINE_PX = 120;

/**
 * The index of the current part among `headings`: read from the layout now, so a command that
 * moves on from it (next section, pressed twice quickly) never works from a stale frame.
 */
export function currentHeadingIndex(container: HTMLElement, headings: readonly (Element | null)[]): number {
  const line = container.getBoundingClientRect().top + READING_LINE_PX;
  let low = 0;
  let high = headings.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const top = headings[mid]?.getBoundingClientRect().top ?? Infinity;
    if (top <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  // At the very bottom the last parts may never reach the line: the last visible one is current.
  if (container.scrollTop + container.clientHeight >= container.scrollHeight - 2) {
    const bottom = container.getBoundingClientRect().bottom;
    for (let i = headings.length - 1; i > found; i--) {
      if ((headings[i]?.getBoundingClientRect().top ?? Infinity) < bottom) return i;
    }
  }
  return found;
}

export function useScrollSpy(containerRef: RefObject<HTMLElement | null>, anchors: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(anchors[0] ?? null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || anchors.length === 0) return;
    const elements = anchors.map((id) => document.getElementById(id));
    let frame = 0;
    const update = () => {
      frame = 0;
      setActive(anchors[currentHeadingIndex(container, elements)] ?? null);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    container.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      container.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [containerRef, anchors]);

  return active;
}
