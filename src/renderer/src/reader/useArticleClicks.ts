/**
 * Clicks inside the article, handled once at its container rather than per link (the article can
 * hold thousands): a web link asks for confirmation; a note call jumps to its note and the note's
 * return arrow jumps back to the call it came from.
 */
import { useCallback, useRef, type MouseEvent, type RefObject } from 'react';
import { flash, scrollToElement } from './scrolling';

export function useArticleClicks(containerRef: RefObject<HTMLElement | null>, onExternalLink: (url: string) => void) {
  /** The call each note was last reached from, so "back" returns there rather than to the first call. */
  const cameFrom = useRef(new Map<string, string>());

  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const container = containerRef.current;
      const link = (event.target as Element).closest('a');
      if (!container || !link || event.button !== 0) return;
      const { external, note, noteBack } = link.dataset;
      if (external === undefined && note === undefined && noteBack === undefined) return;
      event.preventDefault();
      if (external !== undefined) {
        onExternalLink(link.getAttribute('href') ?? '');
        return;
      }
      let target: HTMLElement | null;
      if (note !== undefined) {
        cameFrom.current.set(note, link.id);
        target = container.querySelector(`[data-note-label="${CSS.escape(note)}"]`);
      } else {
        const label = noteBack ?? '';
        const callId = cameFrom.current.get(label);
        target = (callId ? document.getElementById(callId) : null) ?? container.querySelector(`[data-note="${CSS.escape(label)}"]`);
      }
      if (!target) return;
      scrollToElement(container, target, 'center');
      flash(target.closest('[data-block-id]') ?? target);
      // Keyboard users continue from where they landed: the note's return arrow, or the call.
      const focusable = target instanceof HTMLAnchorElement ? target : target.parentElement?.querySelector<HTMLElement>('.note-back');
      focusable?.focus({ preventScroll: true });
    },
    [containerRef, onExternalLink]
  );
}
