/**
 * Selecting text in the reader as a user does, with the mouse: the screen point of a passage's
 * first or last character, and a drag from one to the other.
 */
import type { Page } from '@playwright/test';

/** Page-side: the screen point just inside the first or last character of `needle` (its block scrolled into view if it is not). */
const POINT_OF = `(([needle, edge]) => {
  for (const el of document.querySelectorAll('[data-text]')) {
    const index = el.textContent.indexOf(needle);
    if (index < 0) continue;
    const bounds = el.getBoundingClientRect();
    if (bounds.top < 80 || bounds.bottom > innerHeight - 20) el.scrollIntoView({ block: 'center' });
    const target = edge === 'start' ? index : index + needle.length - 1;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (at + node.length > target) {
        const range = document.createRange();
        range.setStart(node, target - at);
        range.setEnd(node, target - at + 1);
        const box = range.getBoundingClientRect();
        return { x: edge === 'start' ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
      }
      at += node.length;
    }
  }
  return null;
})`;

export async function pointOf(page: Page, needle: string, edge: 'start' | 'end'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate<{ x: number; y: number } | null>(`${POINT_OF}(${JSON.stringify([needle, edge])})`);
  if (!point) throw new Error(`"${needle}" is not in the text`);
  return point;
}

/** Selects `needle` in the text by dragging the mouse over it. */
export async function dragSelect(page: Page, needle: string): Promise<void> {
  const start = await pointOf(page, needle, 'start');
  const end = await pointOf(page, needle, 'end');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}
