/**
 * The briefing's document text seen from the renderer: its blocks' texts joined by a blank line
 * (docs/DESIGN.md, "Text positions"). These pure functions turn a range of document offsets into
 * the words it covers and into per-block pieces the reader can draw, and find which annotation
 * lies under an offset — the DOM-free half of selecting and highlighting.
 */
import { BLOCK_SEPARATOR } from '../../../shared/text';
import type { BlockInfo } from '../../../shared/types';
import type { TextMatch } from '../reader/text-match';

/** A range of document-text offsets, `start` < `end`. */
export interface DocumentRange {
  start: number;
  end: number;
}

/** The blocks overlapping [start, end), in reading order (blocks must be sorted by textStart). */
function overlapping(blocks: readonly BlockInfo[], start: number, end: number): BlockInfo[] {
  let low = 0;
  let high = blocks.length;
  // The first block that ends after `start`.
  while (low < high) {
    const mid = (low + high) >> 1;
    const block = blocks[mid]!;
    if (block.textStart + block.text.length <= start) low = mid + 1;
    else high = mid;
  }
  const found: BlockInfo[] = [];
  for (let i = low; i < blocks.length && blocks[i]!.textStart < end; i++) found.push(blocks[i]!);
  return found;
}

/**
 * The document text between `start` and `end`, as the core stores it for a selector: the parts of
 * each block, joined by the blank line between blocks (also when the range starts or ends in it).
 */
export function documentSlice(blocks: readonly BlockInfo[], start: number, end: number): string {
  let text = '';
  let at = start;
  for (const block of overlapping(blocks, start, end)) {
    if (block.textStart > at) text += BLOCK_SEPARATOR.slice(0, Math.min(block.textStart, end) - at);
    const from = Math.max(start, block.textStart) - block.textStart;
    const to = Math.min(end, block.textStart + block.text.length) - block.textStart;
    text += block.text.slice(from, to);
    at = block.textStart + to;
  }
  if (at < end) text += BLOCK_SEPARATOR.slice(0, end - at);
  return text;
}

/** [start, end) cut into one piece per block, in block offsets: what the reader paints. */
export function blockPieces(blocks: readonly BlockInfo[], start: number, end: number): TextMatch[] {
  const pieces: TextMatch[] = [];
  for (const block of overlapping(blocks, start, end)) {
    const from = Math.max(start, block.textStart) - block.textStart;
    const to = Math.min(end, block.textStart + block.text.length) - block.textStart;
    if (to > from) pieces.push({ blockId: block.id, start: from, end: to });
  }
  return pieces;
}

/**
 * Trims white space (and the blank lines between blocks) from both ends of a range, so that a
 * triple-click or a drag that overshoots a paragraph does not quote a trailing line break; null
 * when nothing but white space is left.
 */
export function trimRange(blocks: readonly BlockInfo[], range: DocumentRange): DocumentRange | null {
  const text = documentSlice(blocks, range.start, range.end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  const start = range.start + lead;
  const end = range.end - trail;
  return end > start ? { start, end } : null;
}

/**
 * The annotation drawn at `offset` — the shortest one covering it, so that a small highlight
 * inside a larger one stays reachable; null when there is none.
 */
export function annotationAt<T extends DocumentRange & { status: string }>(annotations: readonly T[], offset: number): T | null {
  let best: T | null = null;
  for (const annotation of annotations) {
    if (annotation.status === 'orphan' || offset < annotation.start || offset >= annotation.end) continue;
    if (!best || annotation.end - annotation.start < best.end - best.start) best = annotation;
  }
  return best;
}
