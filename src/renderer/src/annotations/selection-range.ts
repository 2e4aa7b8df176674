/**
 * The reverse of reader/text-ranges.ts: from a DOM position or Selection in the article to
 * document-text offsets. Every block renders its text in one `[data-text]` element whose text
 * nodes spell the block's text exactly, and the block element carries `data-text-start`, so a
 * point inside a block is `textStart + the length of the text before it` — whatever links,
 * emphasis or note calls it crosses. A point outside any block's text (a heading, the gap between
 * paragraphs, a figure's label) snaps to the nearest block text in the direction of the range.
 */
import type { DocumentRange } from './document-text';

/** -1: the point is before `element`'s content, 0: inside it, 1: after it. */
function compare(element: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.comparePoint(node, offset);
}

/** The block's offset in the document text, from the block element around its text. */
function textStartOf(textElement: Element): number {
  const block = textElement.closest<HTMLElement>('[data-text-start]');
  return Number(block?.dataset.textStart ?? NaN);
}

/** The document offset of a point inside `textElement`. */
function offsetInside(textElement: Element, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(textElement, 0);
  before.setEnd(node, offset);
  return textStartOf(textElement) + before.toString().length;
}

/** The first index whose element does not lie entirely before the point (binary search; elements in document order). */
function firstNotBefore(elements: readonly Element[], node: Node, offset: number): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(elements[mid]!, node, offset) > 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The block-text elements under `root`, in document order. */
function textElements(root: Element): Element[] {
  return [...root.querySelectorAll('[data-text]')];
}

/**
 * The document range a DOM range covers inside `root` (the article), snapped to block text; null
 * when it covers no text of a block (only a heading, say) or lies outside the article.
 */
export function documentRangeOf(range: Range, root: Element): DocumentRange | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const elements = textElements(root);
  const first = firstNotBefore(elements, range.startContainer, range.startOffset);
  // The last element not entirely after the end point.
  let last = firstNotBefore(elements, range.endContainer, range.endOffset);
  if (last >= elements.length || compare(elements[last]!, range.endContainer, range.endOffset) < 0) last -= 1;
  if (first > last || first >= elements.length || last < 0) return null;
  const startElement = elements[first]!;
  const endElement = elements[last]!;
  const start =
    compare(startElement, range.startContainer, range.startOffset) === 0
      ? offsetInside(startElement, range.startContainer, range.startOffset)
      : textStartOf(startElement);
  const end =
    compare(endElement, range.endContainer, range.endOffset) === 0
      ? offsetInside(endElement, range.endContainer, range.endOffset)
      : textStartOf(endElement) + (endElement.textContent ?? '').length;
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
}

/** The document range of the user's selection inside `root`, or null (none, collapsed, elsewhere). */
export function selectionDocumentRange(selection: Selection | null, root: Element): DocumentRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return documentRangeOf(selection.getRangeAt(0), root);
}

/** The document offset under a screen point (a click on a highlight), or null off block text. */
export function documentOffsetAt(x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (!caret) return null;
  const textElement = (caret.offsetNode instanceof Element ? caret.offsetNode : caret.offsetNode.parentElement)?.closest('[data-text]');
  if (!textElement) return null;
  const offset = offsetInside(textElement, caret.offsetNode, caret.offset);
  return Number.isFinite(offset) ? offset : null;
}
