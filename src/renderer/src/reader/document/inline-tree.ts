/**
 * Turns a block's text and its inline ranges (links, emphasis, strong, note calls) into a tree of
 * nested elements whose text leaves, read in order, are exactly the block's text. That invariant is what lets a DOM offset inside a rendered
 * block be used as an offset into the document text, and back (text-ranges.ts).
 *
 * Ranges may nest or cross: a crossing range is split at the outer range's end and continues in a
 * sibling element, so nothing is lost or duplicated.
 */
import type { InlineSpan } from '../../../../shared/types';

export type InlineNode =
  { type: 'text'; start: number; end: number } | { type: 'element'; range: InlineSpan; start: number; end: number; children: InlineNode[] };

/** Outer elements first: a link may hold emphasis. */
const NESTING: Record<InlineSpan['kind'], number> = { link: 0, 'note-ref': 0, strong: 1, emphasis: 2 };

function compare(a: ClippedRange, b: ClippedRange): number {
  return a.start - b.start || NESTING[a.range.kind] - NESTING[b.range.kind] || b.end - a.end;
}

interface ClippedRange {
  range: InlineSpan;
  start: number;
  end: number;
}

/** The inline tree of `[0, length)` for the given ranges. Empty and out-of-bounds ranges are dropped. */
export function buildInlineTree(length: number, ranges: readonly InlineSpan[]): InlineNode[] {
  const clipped = ranges.map((range) => ({ range, start: Math.max(0, range.start), end: Math.min(length, range.end) })).filter((r) => r.end > r.start);
  return build(0, length, clipped);
}

function build(start: number, end: number, ranges: ClippedRange[]): InlineNode[] {
  const nodes: InlineNode[] = [];
  let position = start;
  let pending = ranges.slice().sort(compare);
  while (pending.length > 0) {
    const [outer, ...others] = pending as [ClippedRange, ...ClippedRange[]];
    if (outer.start > position) nodes.push({ type: 'text', start: position, end: outer.start });
    const inside: ClippedRange[] = [];
    const after: ClippedRange[] = [];
    for (const other of others) {
      if (other.start < outer.end) inside.push({ ...other, end: Math.min(other.end, outer.end) });
      if (other.end > outer.end) after.push({ ...other, start: Math.max(other.start, outer.end) });
    }
    nodes.push({ type: 'element', range: outer.range, start: outer.start, end: outer.end, children: build(outer.start, outer.end, inside) });
    position = outer.end;
    pending = after.sort(compare);
  }
  if (position < end) nodes.push({ type: 'text', start: position, end });
  return nodes;
}
