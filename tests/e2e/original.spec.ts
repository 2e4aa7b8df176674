// The Original view of a PDF briefing: a real EPRS PDF (tests/fixtures/pdf, see its README for its
// source and terms) imported through the app's file picker with the progress list, opened, its
// original page drawn by pdf.js beside the text and following it, pages turned with the text, and a
// passage copied with a citation that gives its page; and a figure of a PDF drawn in the text, cut
// from its page.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPO, useWebApp } from './support/web-app';
import { callApi, readerScroll } from './support/page';
import { dragSelect } from './support/selection';

const app = useWebApp();
const PDF = path.join(REPO, 'tests/fixtures/pdf/eprs-bri-2023-brazilian-democracy-after-8-january.pdf');
const MARKDOWN = path.join(REPO, 'tests/fixtures/formats/critical-raw-materials.md');
const TITLE = 'Brazilian democracy in the aftermath of 8 January';

/** The drawn page's canvas: an image named after the page it shows once drawn. */
const pageImage = (page: Page, n: number) =>
  page.getByRole('region', { name: 'Original' }).getByRole('img', { name: `Page ${n} of 5 of the original`, exact: true });

test('imports a PDF with the progress list, shows its original page beside the text as it is read, and cites a passage by page', async ({ page, context }) => {
  test.slow(); // pdf.js parses the file on the server and draws it in the page; the machine is shared.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByTestId('import-input').setInputFiles([PDF, MARKDOWN]);
  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect(progress.locator('[data-status="done"]').filter({ hasText: 'brazilian-democracy' })).toBeVisible({ timeout: 20_000 });
  await expect(progress.getByRole('status')).toHaveText('2 imported');

  // Opening what was imported leaves the finished progress list behind.
  await page
    .getByRole('row', { name: new RegExp(TITLE) })
    .getByRole('link', { name: new RegExp(TITLE) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(progress).toHaveCount(0);

  const toggle = page.getByRole('button', { name: 'Original', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const pane = page.getByRole('region', { name: 'Original' });
  await expect(pageImage(page, 1)).toBeVisible();
  await expect(pane.getByText('Page 1 of 5')).toBeVisible();
  // Beside the text, not over it, on a wide window.
  const text = (await readerScroll(page).boundingBox())!;
  const original = (await pane.boundingBox())!;
  expect(original.x).toBeGreaterThanOrEqual(text.x + text.width - 1);
  expect(original.width).toBeGreaterThan(300);

  // The page follows the reading position: the contents jump to a section printed on page 3.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Outlook' }).click();
  await expect(pageImage(page, 3)).toBeVisible();

  // Turning the page turns the text: page 4's first paragraph comes to the top of the view.
  await pane.getByRole('button', { name: 'Next page' }).click();
  await expect(pageImage(page, 4)).toBeVisible();
  const first = readerScroll(page).locator('[data-block-id]').filter({ hasText: 'Civil-military relations and the involvement of the military' });
  const top = (await first.boundingBox())!.y - (await readerScroll(page).boundingBox())!.y;
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(60);
  await pane.getByRole('button', { name: 'Previous page' }).click();
  await expect(pageImage(page, 3)).toBeVisible();
  await pane.getByRole('button', { name: 'Next page' }).click();
  await expect(pageImage(page, 4)).toBeVisible();

  // A passage of page 4, copied with its citation: the locator gives the page.
  await dragSelect(page, 'Civil-military relations and the involvement of the military');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Copy with citation' }).click();
  await expect(page.getByText('Copied with citation (APA)')).toBeVisible({ timeout: 15_000 });
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toContain('Civil-military relations and the involvement of the military');
  expect(copied).toMatch(/\(Delivorias & Lazarou, 2023, p\. 4\b/);

  // O, as the ? overlay lists it, closes the view again.
  await readerScroll(page).focus();
  await page.keyboard.press('o');
  await expect(pane).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('a briefing without an original file (Markdown) has no Original toggle, and O does nothing there', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByTestId('import-input').setInputFiles(MARKDOWN);
  const row = page.getByRole('row', { name: /Securing critical raw materials/ });
  await row.getByRole('link', { name: /Securing critical raw materials/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Securing critical raw materials/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'More actions for this briefing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Original', exact: true })).toHaveCount(0);
  await readerScroll(page).focus();
  await page.keyboard.press('o');
  await expect(page.getByRole('region', { name: 'Original' })).toHaveCount(0);
});

test('on a narrow window the original page takes the text’s place, still follows it, and closing it brings the text back at the page turned to', async ({
  page
}) => {
  test.slow();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByTestId('import-input').setInputFiles(PDF);
  await page
    .getByRole('row', { name: new RegExp(TITLE) })
    .getByRole('link', { name: new RegExp(TITLE) })
    .click({ timeout: 20_000 });
  // Three sections on, to "Outlook", printed on page 3.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await readerScroll(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press(']');
  await expect(readerScroll(page).getByRole('heading', { name: 'Outlook' })).toBeInViewport();
  await page.getByRole('button', { name: 'Original', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Original' });
  await expect(pageImage(page, 3)).toBeVisible();
  const main = (await page.getByRole('main').boundingBox())!;
  const original = (await pane.boundingBox())!;
  expect(original.x).toBeLessThanOrEqual(main.x);
  expect(original.width).toBeGreaterThanOrEqual(main.width);
  await pane.getByRole('button', { name: 'Next page' }).click();
  await expect(pageImage(page, 4)).toBeVisible();
  await pane.getByRole('button', { name: 'Close the original' }).click();
  await expect(pane).toHaveCount(0);
  await expect(readerScroll(page)).toBeFocused();
  await expect(readerScroll(page).getByText('Civil-military relations and the involvement of the military')).toBeInViewport();
});

/** What the page's canvas offers the test: its pixels (the test project has no DOM types). */
interface CanvasPixels {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

test('draws a figure of a PDF briefing as an image cut from its page, named after its caption', async ({ page }) => {
  test.slow(); // pdf.js parses the file on the server and draws it in the page; the machine is shared.
  const file = fs.readFileSync(path.join(REPO, 'tests/fixtures/pdf/eprs-bri-2024-artificial-intelligence-act.pdf'));
  const [imported] = await callApi<Array<{ id: string }>>(app, 'importFiles', { files: [{ name: 'ai-act.pdf', data: file.toString('base64') }] });
  await page.goto(app.url);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.goto(`${app.origin}/#/read/${imported!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Artificial intelligence act' })).toBeVisible();

  // The figure is on page 7, far down: it is drawn once it comes near the view.
  const figure = readerScroll(page).getByRole('img', { name: 'EU AI act risk-based approach', exact: true });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('xpath=..')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(figure).toBeVisible();
  // Taller than wide would be the page; the region is the pyramid, a little wider than tall.
  const box = (await figure.boundingBox())!;
  expect(box.width).toBeGreaterThan(box.height);
  expect(box.height).toBeGreaterThan(200);
  // A drawing, not a blank frame: many colours (the pyramid's bands and its lettering).
  const colours = await figure.evaluate((element) => {
    const canvas = element as unknown as CanvasPixels;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(50);
  // The note that the chart is only in the original gives way to the chart.
  await expect(readerScroll(page).getByText('The chart is in the original publication')).toHaveCount(0);
});
