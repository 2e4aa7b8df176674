/**
 * Flags in the reader's margin: a small marker beside each passage a consistency flag involves,
 * drawn into the reader's scroll container (a portal, so the article itself is never re-rendered)
 * and placed at its block's offset, again whenever the article's size changes.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { FactFlag, FactInContext } from '../../../shared/contract/facts';
import { readerScroll } from '../reader/scrolling';

interface Marker {
  flag: FactFlag;
  fact: FactInContext;
  top: number;
  left: number;
}

const SHORT: Record<FactFlag['kind'], string> = { conflict: '≠', 'period-mismatch': '⧗', 'suspicious-unit': '?', corroborated: '✓' };
const LABEL: Record<FactFlag['kind'], string> = {
  conflict: 'Conflict',
  'period-mismatch': 'Period mismatch',
  'suspicious-unit': 'Suspicious unit',
  corroborated: 'Corroborated'
};

export function FlagMargin({
  flags,
  facts,
  onOpen
}: {
  flags: readonly FactFlag[];
  facts: ReadonlyMap<number, FactInContext>;
  onOpen(flag: FactFlag, fact: FactInContext): void;
}) {
  const [layer, setLayer] = useState<{ container: HTMLElement; markers: Marker[] } | null>(null);
  useEffect(() => {
    const container = readerScroll();
    const article = container?.firstElementChild;
    if (!container || !article) return;
    const place = () => {
      const box = container.getBoundingClientRect();
      const base = box.top - container.scrollTop;
      const markers: Marker[] = [];
      const perBlock = new Map<number, number>();
      for (const flag of flags) {
        for (const id of flag.factIds) {
          const fact = facts.get(id);
          const element = fact?.blockId != null ? container.querySelector<HTMLElement>(`[data-block-id="${fact.blockId}"]`) : null;
          if (!fact || !element || fact.blockId === null) continue;
          // Several flags beside one paragraph stack downwards.
          const stacked = perBlock.get(fact.blockId) ?? 0;
          perBlock.set(fact.blockId, stacked + 1);
          const rect = element.getBoundingClientRect();
          // Just right of the paragraph, in the page's margin.
          markers.push({ flag, fact, top: rect.top - base + stacked * 26, left: rect.right - box.left + 16 });
        }
      }
      setLayer({ container, markers });
    };
    // A ResizeObserver reports the article's size once as soon as it observes it, so this also
    // places the markers the first time.
    const observer = new ResizeObserver(place);
    observer.observe(article);
    return () => observer.disconnect();
  }, [flags, facts]);
  if (!layer) return null;
  const { container, markers } = layer;
  return createPortal(
    <div className="fact-margin" aria-label="Consistency flags" role="group">
      {markers.map(({ flag, fact, top, left }) => (
        <button
          key={`${flag.key}-${fact.id}`}
          type="button"
          className={`fact-margin-marker flag-${flag.kind}`}
          // React sets style through the CSSOM, which the content security policy allows.
          style={{ top: `${top}px`, left: `${left}px` }}
          title={`${LABEL[flag.kind]}: ${flag.note}`}
          aria-label={`${LABEL[flag.kind]}: ${flag.note}`}
          onClick={() => onOpen(flag, fact)}
        >
          <span aria-hidden="true">{SHORT[flag.kind]}</span>
        </button>
      ))}
    </div>,
    container
  );
}
