/**
 * Finds the rendered element of a block by id in O(1): a map built from the article on first use
 * and rebuilt when an element it holds has left the document (a new briefing was rendered).
 */
export type BlockLookup = (blockId: number) => HTMLElement | null;

export function createBlockLookup(root: () => Element | null): BlockLookup {
  let map = new Map<number, HTMLElement>();
  const rebuild = () => {
    map = new Map();
    root()
      ?.querySelectorAll<HTMLElement>('[data-block-id]')
      .forEach((element) => map.set(Number(element.dataset.blockId), element));
  };
  return (blockId) => {
    const known = map.get(blockId);
    if (known?.isConnected) return known;
    rebuild();
    return map.get(blockId) ?? null;
  };
}
