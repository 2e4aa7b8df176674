/**
 * Draws the briefing's annotations in the text with the CSS Custom Highlight API: one highlight
 * per colour and one for the annotation being looked at, so the text is never re-rendered and
 * find or search matches (painted at a higher priority) stay visible on top.
 */
import { ANNOTATION_COLORS, type Annotation, type BlockInfo } from '../../../shared/types';
import type { BlockLookup } from '../reader/block-lookup';
import { paintHighlight } from '../reader/highlights';
import { rangesFor } from '../reader/text-ranges';
import { blockPieces, type DocumentRange } from './document-text';

/** Below find and search matches (priority 0). */
const ANNOTATION_PRIORITY = -2;
const SELECTED_PRIORITY = -1;

/** The DOM ranges of a document range, one per block it touches. */
export function domRanges(blocks: readonly BlockInfo[], range: DocumentRange, lookup: BlockLookup): Range[] {
  return rangesFor(blockPieces(blocks, range.start, range.end), lookup);
}

/** Paints every anchored annotation in its colour, and `selectedId`'s outline on top. */
export function paintAnnotations(blocks: readonly BlockInfo[], annotations: readonly Annotation[], selectedId: string | null, lookup: BlockLookup): void {
  for (const color of ANNOTATION_COLORS) {
    const ranges = annotations.filter((a) => a.color === color && a.status !== 'orphan').flatMap((a) => domRanges(blocks, a, lookup));
    paintHighlight(`annotation-${color}`, ranges, ANNOTATION_PRIORITY);
  }
  const selected = selectedId ? annotations.find((a) => a.id === selectedId && a.status !== 'orphan') : undefined;
  paintHighlight('annotation-selected', selected ? domRanges(blocks, selected, lookup) : [], SELECTED_PRIORITY);
}

/** Removes every annotation highlight (the reader is closing). */
export function clearAnnotations(): void {
  for (const color of ANNOTATION_COLORS) paintHighlight(`annotation-${color}`, [], ANNOTATION_PRIORITY);
  paintHighlight('annotation-selected', [], SELECTED_PRIORITY);
}
