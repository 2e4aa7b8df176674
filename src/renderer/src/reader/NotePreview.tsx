/**
 * A briefing's footnote or endnote shown beside its call while the pointer rests on the call or
 * the keyboard focuses it, so the reader can read the note without leaving the passage. The note
 * is drawn from the document's blocks as React text (never as HTML), and the call describes
 * itself by the preview while it is shown. Escape hides it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { BlockInfo } from '../../../shared/types';
import { useCommand } from '../app/commands';
import { BlockText } from './document/BlockText';

const PREVIEW_ID = 'note-preview';
/** Long enough for the pointer to cross from the call into the preview without it closing. */
const HIDE_DELAY_MS = 250;

interface Shown {
  note: BlockInfo;
  call: HTMLElement;
}

export function NotePreview({ containerRef, notes }: { containerRef: RefObject<HTMLElement | null>; notes: readonly BlockInfo[] }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const preview = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || notes.length === 0) return;
    const byLabel = new Map(notes.map((note) => [note.note?.label ?? '', note]));
    const callOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('a[data-note]') : null);
    const show = (event: Event) => {
      const call = callOf(event.target);
      const note = call ? byLabel.get(call.dataset.note ?? '') : undefined;
      if (!call || !note) return;
      clearTimeout(hideTimer.current);
      setShown({ note, call });
    };
    const hideSoon = (event: Event) => {
      if (!callOf(event.target)) return;
      clearTimeout(hideTimer.current);
      hideTimer.current = setTimeout(() => setShown(null), HIDE_DELAY_MS);
    };
    container.addEventListener('pointerover', show);
    container.addEventListener('focusin', show);
    container.addEventListener('pointerout', hideSoon);
    container.addEventListener('focusout', hideSoon);
    // Scrolling moves the call away from the preview.
    const hide = () => setShown(null);
    container.addEventListener('scroll', hide, { passive: true });
    return () => {
      container.removeEventListener('pointerover', show);
      container.removeEventListener('focusin', show);
      container.removeEventListener('pointerout', hideSoon);
      container.removeEventListener('focusout', hideSoon);
      container.removeEventListener('scroll', hide);
      clearTimeout(hideTimer.current);
    };
  }, [containerRef, notes]);

  // The call is described by the preview while it shows, so a screen reader reads the note too.
  useEffect(() => {
    if (!shown) return;
    const { call } = shown;
    call.setAttribute('aria-describedby', PREVIEW_ID);
    return () => call.removeAttribute('aria-describedby');
  }, [shown]);

  // Placed under the call, or above it when there is no room below; kept inside the window.
  useLayoutEffect(() => {
    const box = preview.current;
    if (!shown || !box) return;
    const call = shown.call.getBoundingClientRect();
    const { width, height } = box.getBoundingClientRect();
    const below = call.bottom + 6 + height <= window.innerHeight;
    box.style.top = `${below ? call.bottom + 6 : Math.max(8, call.top - 6 - height)}px`;
    box.style.left = `${Math.min(Math.max(8, call.left - 16), window.innerWidth - width - 8)}px`;
  }, [shown]);

  useCommand('close', () => setShown(null), shown !== null);

  if (!shown) return null;
  return (
    <div
      ref={preview}
      id={PREVIEW_ID}
      role="tooltip"
      className="note-preview"
      onPointerEnter={() => clearTimeout(hideTimer.current)}
      onPointerLeave={() => setShown(null)}
    >
      <span className="note-preview-label">Note {shown.note.note?.label}</span>
      <p>
        <BlockText block={shown.note} />
      </p>
    </div>
  );
}
