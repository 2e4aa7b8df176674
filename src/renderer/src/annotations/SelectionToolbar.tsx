/**
 * The small toolbar over a selection in the text: highlight in one of five colours, add a note,
 * add tags, copy, copy with citation. It is a real toolbar for assistive technology (one Tab stop,
 * arrow keys between buttons, Escape back to the text) and is reached from the text with Tab or
 * F6; H and N do the two commonest things without it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/types';
import { Icon } from '../ui/Icon';
import { COLOR_LABELS } from '../ui/annotation-labels';

export interface SelectionToolbarProps {
  /** The selection's box on screen (viewport coordinates). */
  anchor: DOMRect;
  /** Incremented to move focus into the toolbar (Tab or F6 from the text). */
  focusSignal: number;
  onHighlight(color: AnnotationColor): void;
  onNote(): void;
  onTags(): void;
  onCopy(): void;
  onCopyWithCitation(): void;
  /** Escape: focus goes back to the text, the selection stays. */
  onLeave(): void;
}

const GAP_PX = 10;

export function SelectionToolbar({ anchor, focusSignal, onHighlight, onNote, onTags, onCopy, onCopyWithCitation, onLeave }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  // Above the selection, centred on it; below when there is no room above; always inside the window.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const above = anchor.top - box.height - GAP_PX;
    const top = above >= 60 ? above : anchor.bottom + GAP_PX;
    const left = Math.min(Math.max(8, anchor.left + anchor.width / 2 - box.width / 2), window.innerWidth - box.width - 8);
    setPosition({ top, left });
  }, [anchor]);

  useEffect(() => {
    if (focusSignal > 0) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [focusSignal]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: buttons.length - 1 - index }[event.key];
    if (move !== undefined && index >= 0) {
      event.preventDefault();
      buttons[(index + move + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onLeave();
    }
  };

  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selected text"
      aria-orientation="horizontal"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
      // Pressing a button must not take the selection away before the button acts on it.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
    >
      <div className="swatches" role="group" aria-label="Highlight">
        {ANNOTATION_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}`}
            aria-label={`Highlight ${COLOR_LABELS[color].toLowerCase()}`}
            title={color === 'yellow' ? 'Highlight (H)' : `Highlight ${COLOR_LABELS[color].toLowerCase()}`}
            tabIndex={color === 'yellow' ? 0 : -1}
            onClick={() => onHighlight(color)}
          />
        ))}
      </div>
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="selection-action" tabIndex={-1} title="Add a note (N)" onClick={onNote}>
        <Icon name="note" />
        Note
      </button>
      <button type="button" className="selection-action" tabIndex={-1} title="Add tags" onClick={onTags}>
        <Icon name="tag" />
        Tags
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="selection-action" tabIndex={-1} title="Copy the words" onClick={onCopy}>
        <Icon name="copy" />
        Copy
      </button>
      <button type="button" className="selection-action" tabIndex={-1} title="Copy with a citation and a link to this passage" onClick={onCopyWithCitation}>
        <Icon name="quote" />
        Copy with citation
      </button>
    </div>
  );
}
