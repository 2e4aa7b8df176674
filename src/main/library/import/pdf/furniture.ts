/**
 * Page furniture: the running headers and footers and the page numbers a printed page repeats,
 * which are not part of the text. A line in the top or bottom margin band is furniture when it
 * is a page number, or when the same words (numbers aside) sit in a margin band of at least two
 * pages — the publisher's name, the title repeated as a header, a footer address.
 */
import type { Line } from './lines';

/** The share of the page height, from the top and from the bottom, where running heads live. */
const BAND = 0.09;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(\/|of)\s*\d{1,4})?$/i;

interface PageBox {
  number: number;
  height: number;
}

/** Whether a line sits in the top or bottom margin band of its page. */
export function inMarginBand(line: Line, page: PageBox): boolean {
  return line.y > page.height * (1 - BAND) || line.y < page.height * BAND;
}

/** `lines` of all pages without their furniture; `pages` gives each page's height. */
export function removeFurniture(lines: readonly Line[], pages: readonly PageBox[]): Line[] {
  const pageOf = new Map(pages.map((p) => [p.number, p]));
  const banded = (line: Line) => inMarginBand(line, pageOf.get(line.page)!);
  const pagesWithKey = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!banded(line)) continue;
    const key = furnitureKey(line.text);
    const set = pagesWithKey.get(key) ?? new Set<number>();
    set.add(line.page);
    pagesWithKey.set(key, set);
  }
  return lines.filter((line) => {
    if (!banded(line)) return true;
    if (PAGE_NUMBER.test(line.text.trim())) return false;
    return (pagesWithKey.get(furnitureKey(line.text))?.size ?? 0) < 2;
  });
}

/** The words of a line with numbers and case ignored: "Page 3 of 12" and "Page 4 of 12" match. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
