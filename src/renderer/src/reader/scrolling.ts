/**
 * Moving around the article's scroll container: to an element, to a reading position, and
 * reading the position back. A reading position is the block at the top of the view and how far
 * into it the view starts, so it survives a different window size or text size.
 */
import type { ReadingPosition } from '../../../shared/types';

/** The reader's scroll container (rendered by ReaderScreen), or null when no briefing is open. */
export function readerScroll(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.reader-scroll');
}

/** Room left above a target, so that it does not sit flush against the toolbar. */
const TOP_MARGIN_PX = 24;

/** Scrolls `container` so that `element` is at the top (or centred, for a passage to look at). */
export function scrollToElement(container: HTMLElement, element: Element, align: 'start' | 'center' = 'start'): void {
  const box = element.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  const delta = align === 'center' ? box.top - view.top - (view.height - Math.min(box.height, view.height)) / 2 : box.top - view.top - TOP_MARGIN_PX;
  container.scrollTo({ top: container.scrollTop + delta, behavior: 'instant' });
}

/** Draws the eye to `element` briefly (a fading background; see .flash in reader.css). */
export function flash(element: Element): void {
  element.classList.remove('flash');
  // Reading the width restarts the animation when the same element flashes twice.
  void (element as HTMLElement).offsetWidth;
  element.classList.add('flash');
  element.addEventListener('animationend', () => element.classList.remove('flash'), { once: true });
}

/**
 * The block at the top of the view, found by probing just below the container's top edge. The
 * probe looks through anything drawn over the text (the Original page on a narrow window, a toast),
 * so the position is read the same whatever covers it.
 */
export function readPosition(container: HTMLElement): ReadingPosition | null {
  const view = container.getBoundingClientRect();
  if (container.scrollTop < 4) return { blockId: null, within: 0 };
  const article = container.querySelector('.article');
  const x = article ? article.getBoundingClientRect().left + 40 : view.left + view.width / 2;
  for (let y = view.top + 8; y < view.top + view.height / 2; y += 12) {
    const hit = document.elementsFromPoint(x, y).find((element) => container.contains(element));
    const block = hit?.closest<HTMLElement>('[data-block-id]');
    if (block && container.contains(block)) {
      const box = block.getBoundingClientRect();
      const within = box.height > 0 ? Math.min(1, Math.max(0, (view.top - box.top) / box.height)) : 0;
      return { blockId: Number(block.dataset.blockId), within };
    }
  }
  return null;
}

/** Scrolls back to a position read by `readPosition`; false when its block no longer exists. */
export function restorePosition(container: HTMLElement, position: ReadingPosition, element: HTMLElement | null): boolean {
  if (position.blockId === null) {
    container.scrollTo({ top: 0, behavior: 'instant' });
    return true;
  }
  if (!element) return false;
  const view = container.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  container.scrollTo({ top: container.scrollTop + box.top - view.top + position.within * box.height, behavior: 'instant' });
  return true;
}

/**
 * Brings a passage of text into the middle of the view unless it is already comfortably visible.
 * A block skipped by `content-visibility: auto` has no layout yet, so its element is scrolled to
 * first and the passage measured after.
 */
export function revealRange(container: HTMLElement, element: Element, range: Range): void {
  const view = container.getBoundingClientRect();
  let box = range.getBoundingClientRect();
  if (box.height === 0) {
    scrollToElement(container, element, 'center');
    box = range.getBoundingClientRect();
    if (box.height === 0) return;
  }
  const comfortable = box.top >= view.top + 48 && box.bottom <= view.bottom - 48;
  if (!comfortable) container.scrollTo({ top: container.scrollTop + box.top - view.top - view.height / 2 + box.height / 2, behavior: 'instant' });
}

/**
 * How much of the body has been read with the view where it is: how far the view's bottom edge
 * has come through the article, from its top to the start of the end matter (notes, references,
 * back matter — reference material, not reading). 0 to 1; 1 once the body's end is in view.
 */
export function readProgress(container: HTMLElement): number {
  const article = container.querySelector('.article');
  if (!article) return 0;
  const view = container.getBoundingClientRect();
  const top = article.getBoundingClientRect().top;
  const endMatter = article.querySelector('.end-part');
  const end = endMatter ? endMatter.getBoundingClientRect().top : article.getBoundingClientRect().bottom;
  const length = end - top;
  if (length <= 0) return 1;
  return Math.min(1, Math.max(0, (view.bottom - top) / length));
}
