/**
 * Remembers where the user is in a briefing: after scrolling settles the position is saved
 * (debounced, so scrolling costs nothing), and once more when the view closes or the page is
 * hidden, so that reopening the briefing lands on the same passage. The share of the body read
 * goes with it (the library keeps the furthest), and is returned, live, for the toolbar.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { ReadingPosition } from '../../../shared/types';
import { api } from '../api/client';
import { trackPositionSave } from './position-saves';
import { readPosition, readProgress } from './scrolling';

const SAVE_AFTER_MS = 400;

/** Progress held to whole percents, as shown: scrolling re-renders the reader only when the figure changes, not every frame. */
const wholePercent = (share: number) => Math.floor(share * 100) / 100;

export function useReadingPosition(containerRef: RefObject<HTMLElement | null>, briefingId: string, enabled: boolean): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    // Read once per frame while scrolling, so that it is at hand when the view closes (by then
    // the article may have left the page).
    let latest: ReadingPosition | null = null;
    // What is saved is the furthest the view got since the briefing opened: a jump to the end
    // and straight back within one pause still counts (the library keeps the furthest anyway).
    let furthest = readProgress(container);
    let saved = '';
    setProgress(wholePercent(furthest));

    const save = () => {
      timer = undefined;
      const position = latest;
      if (!position) return;
      const key = `${position.blockId}:${position.within.toFixed(3)}:${furthest.toFixed(3)}`;
      if (key === saved) return;
      saved = key;
      // A failed save is not worth interrupting reading for; the next scroll tries again.
      trackPositionSave(api.saveReadingPosition({ id: briefingId, position, progress: furthest }).catch(() => (saved = '')));
    };
    const onScroll = () => {
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          latest = readPosition(container) ?? latest;
          const progress = readProgress(container);
          furthest = Math.max(furthest, progress);
          setProgress(wholePercent(progress));
        });
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden' && timer) {
        clearTimeout(timer);
        save();
      }
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    return () => {
      container.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      if (frame) cancelAnimationFrame(frame);
      if (timer) {
        clearTimeout(timer);
        save();
      }
    };
  }, [containerRef, briefingId, enabled]);
  return progress;
}
