// A day of reading, as a new user meets it: the details that read wrong — a theme at odds with the
// system, a toast dimmed under a dialog, a banner about a note already saved, wording that
// disagrees between the contents and the text.
import { expect, test } from '@playwright/test';
import { callApi, openReader, type PageGlobals } from './support/page';
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLES, useWebApp } from './support/web-app';

const app = useWebApp();

for (const scheme of ['dark', 'light'] as const) {
  test(`on first start the app follows the system's ${scheme} preference`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const theme = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.theme);
    expect(theme).toBe(scheme);
    await context.close();
  });
}

test('until the user picks a theme, the app follows the system switching between light and dark', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('a theme the user picked wins over the system preference', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openReader(page, app);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Sepia' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await callApi(app, 'saveSettings', { values: { 'reader.theme': 'light' } });
  await context.close();
});

async function bundledId(): Promise<string> {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  return briefings.find((b) => b.title.includes('Andean region'))!.id;
}

interface StyleGlobals {
  getComputedStyle(element: unknown, pseudo: string): { content: string };
}

test('numbered items keep the numbering the text refers to ("(1)", not "1.") and endnotes are not called Notes', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByTestId('import-input').setInputFiles(path.join(SAMPLES, '04-should-we-fear-ai.txt'));
  await page.getByRole('link', { name: 'Should we fear artificial intelligence?' }).click();
  const item = page.getByRole('listitem').filter({ hasText: /^Can AI development be expected/ });
  await expect(item).toBeVisible();
  const marker = await item.evaluate((element) => (globalThis as unknown as StyleGlobals).getComputedStyle(element, '::marker').content);
  expect(marker).toMatch(/^"\(1\)/);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link', { name: 'Endnotes' })).toBeVisible();
  await expect(contents.getByRole('link', { name: 'Notes', exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Endnotes' })).toBeVisible();
});

interface HitTestGlobals {
  document: { elementFromPoint(x: number, y: number): { closest(selector: string): unknown } | null };
}

test("a toast shown while a dialog is open is drawn above the dialog's backdrop, not dimmed under it", async ({ page }) => {
  test.slow(); // The first citation of a run builds the CSL processors, which holds the server up.
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await openReader(page, app);
  await page.getByRole('button', { name: 'More actions for this briefing' }).click();
  await page.getByRole('button', { name: 'Cite this briefing…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this briefing' });
  await dialog.getByRole('button', { name: 'BibTeX' }).click();
  const toast = page.locator('.toast').first();
  await expect(toast).toBeVisible({ timeout: 30_000 });
  const box = (await toast.boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => Boolean((globalThis as unknown as HitTestGlobals).document.elementFromPoint(x!, y!)?.closest('.toast')),
    [box.x + box.width / 2, box.y + box.height / 2]
  );
  expect(onTop).toBe(true);
});

test('the offer to restore an unsaved note goes away once that note is saved', async ({ page }) => {
  const briefingId = await bundledId();
  const created = await callApi<{ id: string }>(app, 'createAnnotation', { briefingId, quote: 'cocaine production doubled', color: 'yellow' });
  await callApi(app, 'saveDraft', { briefingId, annotationId: created.id, start: null, end: null, note: 'Half-written thought', color: 'yellow', tags: [] });
  try {
    await openReader(page, app);
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await expect(sidebar.getByText(/You have an unsaved note/)).toBeVisible();
    await sidebar.getByRole('button', { name: 'Edit note, tags and colour' }).click();
    const form = page.getByRole('form', { name: 'Edit note' });
    await form.getByRole('textbox').first().fill('A finished thought');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(sidebar.getByText('A finished thought')).toBeVisible();
    await expect(sidebar.getByText(/You have an unsaved note/)).toBeHidden();
  } finally {
    await callApi(app, 'deleteAnnotation', { id: created.id });
  }
});

test('the cite dialog offers to add the authors a citation lacks, and shows the completed citation after', async ({ page }) => {
  await openReader(page, app);
  await page.getByRole('button', { name: 'More actions for this briefing' }).click();
  await page.getByRole('button', { name: 'Cite this briefing…' }).click();
  const cite = page.getByRole('dialog', { name: 'Cite this briefing' });
  await expect(cite.getByText('No authors are recorded for this briefing')).toBeVisible();
  await cite.getByRole('button', { name: 'Add authors in Briefing details…' }).click();
  const details = page.getByRole('dialog', { name: 'Briefing details' });
  await details.getByRole('button', { name: '+ Add author' }).click();
  await details.getByRole('textbox', { name: 'Author 1: family name' }).fill('Jütten');
  await details.getByRole('textbox', { name: 'Author 1: given names' }).fill('Marc');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(cite.locator('.citation-inline')).toContainText('Jütten', { timeout: 20_000 });
  await expect(cite.getByText('No authors are recorded for this briefing')).toBeHidden();
});

test('icon-only toolbar buttons show what they do on hover and on keyboard focus', async ({ page }) => {
  await openReader(page, app);
  const update = page.getByRole('button', { name: 'Update from file…' });
  const tooltip = (locator: typeof update) =>
    locator.evaluate((element) => (globalThis as unknown as StyleGlobals).getComputedStyle(element, '::after').content);
  expect(await tooltip(update)).toBe('none');
  await update.hover();
  expect(await tooltip(update)).toBe('"Update from file… (a new edition)"');
  await page.mouse.move(0, 400);
  const contents = page.getByRole('button', { name: 'Contents' });
  await contents.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await tooltip(contents)).toBe('"Contents (C)"');
});

interface RangeGlobals {
  CSS: { highlights: { get(name: string): { values(): Iterable<{ getBoundingClientRect(): { top: number; bottom: number } }> } | undefined } };
}

test('at 800 × 600 the find bar never covers the text it finds', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openReader(page, app);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Andean');
  const bar = page.locator('.match-bar');
  await expect(bar.locator('.match-count')).toContainText(/of/);
  const barBox = (await bar.boundingBox())!;
  const textTop = await page.getByTestId('reader-scroll').evaluate((element) => element.getBoundingClientRect().top);
  expect(textTop).toBeGreaterThanOrEqual(barBox.y + barBox.height);
  const current = await page.evaluate(() =>
    [...((globalThis as unknown as RangeGlobals).CSS.highlights.get('find-current')?.values() ?? [])].map((r) => r.getBoundingClientRect().top)
  );
  expect(current.length).toBeGreaterThan(0);
  expect(current[0]!).toBeGreaterThanOrEqual(barBox.y + barBox.height);
});

test('the contents panel and the annotations sidebar stay as the user left them, after a reload and in another briefing', async ({ page }) => {
  await openReader(page, app);
  const contents = page.getByRole('button', { name: 'Contents', exact: true });
  const sidebar = page.getByRole('region', { name: /^Annotations/ });
  await expect(contents).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toHaveCount(0);

  await contents.click();
  await page.getByRole('button', { name: /^Annotations/ }).click();
  await expect(contents).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar).toBeVisible();
  // Saved in the library, not only on the page.
  await expect
    .poll(async () => {
      const settings = await callApi<Record<string, unknown>>(app, 'getSettings');
      return [settings['reader.contents'], settings['reader.annotations']];
    })
    .toEqual([false, true]);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Contents', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('region', { name: /^Annotations/ })).toBeVisible();

  // Closing the sidebar is remembered too, and holds for the next briefing opened.
  await page.getByRole('button', { name: 'Close annotations' }).click();
  await expect.poll(async () => (await callApi<Record<string, unknown>>(app, 'getSettings'))['reader.annotations']).toBe(false);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  const data = fs.readFileSync(path.join(SAMPLES, '01-red-sea.txt')).toString('base64');
  await callApi(app, 'importFiles', { files: [{ name: '01-red-sea.txt', data }] });
  await page.getByRole('link', { name: /Red Sea/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Red Sea/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Annotations/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Contents', exact: true })).toHaveAttribute('aria-expanded', 'false');
});

test('reading progress: the toolbar says how far through the body and the minutes left; the library says unread, a percentage or read', async ({ page }) => {
  await openReader(page, app);
  const meter = page.getByRole('progressbar', { name: 'Read' });
  await expect(meter).toHaveAttribute('aria-valuetext', /^\d+ %, \d+ minutes left$/);

  // Part-way: a section in the middle of the body.
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: 'International dimension of EU strategy on drug trafficking and organised crime' })
    .click();
  await expect.poll(async () => Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(5);
  const partWay = Number(await meter.getAttribute('aria-valuenow'));
  expect(partWay).toBeLessThan(95);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  const row = page.getByRole('row', { name: /Andean region/ });
  await expect(row.locator('.col-progress')).toHaveText(/^\d+ %$/);

  // To the end of the body (the references start after it): read, and it stays read when the
  // reader goes back up to look at the summary again.
  await row.getByRole('link', { name: /Andean region/ }).click();
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Main references' }).click();
  await expect(meter).toHaveAttribute('aria-valuetext', '100 %, read to the end');
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Summary' }).click();
  await expect.poll(async () => Number(await meter.getAttribute('aria-valuenow'))).toBeLessThan(50);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(row.locator('.col-progress')).toHaveText('Read');

  // The column sorts: read first when descending.
  const data = fs.readFileSync(path.join(SAMPLES, '01-red-sea.txt')).toString('base64');
  await callApi(app, 'importFiles', { files: [{ name: '01-red-sea.txt', data }] });
  await expect(page.getByRole('row', { name: /Red Sea/ }).locator('.col-progress')).toHaveText('Unread');
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page.locator('.library-table tbody tr').first()).toContainText('Andean region');
});
