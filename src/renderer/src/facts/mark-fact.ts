/**
 * Brings a fact's figure into view in the open reader and marks it (the CSS Custom Highlight API,
 * like find matches, so the text is never re-rendered). Offsets are the block's own: the fact's
 * document offsets less the block's start.
 */
import type { FactInContext } from '../../../shared/contract/facts';
import { paintHighlight } from '../reader/highlights';
import { flash, readerScroll, revealRange, scrollToElement } from '../reader/scrolling';
import { rangesFor } from '../reader/text-ranges';

/** Scrolls the reader to the fact and marks its figure; false when its block is not rendered. */
export function showFact(fact: Pick<FactInContext, 'blockId' | 'start' | 'end'>, blockStart: number): boolean {
  if (fact.blockId === null) return false;
  const container = readerScroll();
  const element = container?.querySelector<HTMLElement>(`[data-block-id="${fact.blockId}"]`);
  if (!container || !element) return false;
  const [range] = rangesFor([{ blockId: fact.blockId, start: fact.start - blockStart, end: fact.end - blockStart }], () => element);
  if (range) {
    paintHighlight('fact-current', [range], 10);
    revealRange(container, element, range);
  } else {
    scrollToElement(container, element, 'center');
  }
  flash(element);
  return true;
}
