/**
 * Maps offsets in a block's text to DOM positions and back. Every block renders its text inside
 * one `[data-text]` element whose text nodes, in order, are exactly the block's text (see
 * document/inline-tree.ts), so offset n is the n-th UTF-16 unit across those text nodes — the same
 * unit the core uses for spans, search highlights and annotation selectors.
 */
import type { TextMatch } from './text-match';

/** The text nodes of a block and where each starts, for repeated lookups. */
interface TextIndex {
  nodes: Text[];
  starts: number[];
}

function indexText(container: Element): TextIndex {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(offset);
    offset += (node as Text).length;
  }
  return { nodes, starts };
}

function locate(index: TextIndex, offset: number): { node: Text; offset: number } | null {
  let low = 0;
  let high = index.nodes.length - 1;
  if (high < 0) return null;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const node = index.nodes[low]!;
  return { node, offset: Math.min(offset - index.starts[low]!, node.length) };
}

/** The text container of a rendered block. */
function blockTextElement(blockElement: Element): Element | null {
  return blockElement.querySelector('[data-text]');
}

/**
 * DOM ranges for `matches`, which may span many blocks; `elementOf` finds a block's element.
 * Matches in blocks that are not rendered are skipped.
 */
export function rangesFor(matches: readonly TextMatch[], elementOf: (blockId: number) => Element | null): Range[] {
  const indexes = new Map<number, TextIndex | null>();
  const ranges: Range[] = [];
  for (const match of matches) {
    let index = indexes.get(match.blockId);
    if (index === undefined) {
      const container = elementOf(match.blockId);
      const text = container && blockTextElement(container);
      index = text ? indexText(text) : null;
      indexes.set(match.blockId, index);
    }
    if (!index) continue;
    const start = locate(index, match.start);
    const end = locate(index, match.end);
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}
