/**
 * Which page of the original each block of a paged briefing is on, and the other way round: the
 * block a page's text starts with. The Original view follows the reading position through the
 * first, and turns the text with the page through the second. Plain TypeScript, tested in Node.
 */

export interface PagedBlock {
  id: number;
  /** The 1-based page the block starts on; null for unpaged sources. */
  page: number | null;
  /** Where the block starts in the document text: its place in reading order. */
  textStart: number;
}

export interface PageIndex {
  /** The page block `blockId` starts on; null for a block without a page or not in the briefing. */
  pageOf(blockId: number): number | null;
  /**
   * The first block in reading order that starts on `page`; null when none does (a page of
   * figures only, or one whose text all continues a paragraph from the page before).
   */
  firstBlockOn(page: number): number | null;
}

export function indexPages(blocks: readonly PagedBlock[]): PageIndex {
  const pages = new Map<number, number>();
  const firsts = new Map<number, PagedBlock>();
  for (const block of blocks) {
    if (block.page === null) continue;
    pages.set(block.id, block.page);
    const first = firsts.get(block.page);
    if (!first || block.textStart < first.textStart) firsts.set(block.page, block);
  }
  return {
    pageOf: (blockId) => pages.get(blockId) ?? null,
    firstBlockOn: (page) => firsts.get(page)?.id ?? null
  };
}
