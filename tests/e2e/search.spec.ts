// Library-wide search in the app: results while typing (a typo, a missing accent), snippets with
// the matched words marked, the keyboard, and landing on the exact passage with the words
// highlighted in the reader and next/previous through the matches.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi, highlighted, highlightSize, openReader } from './support/page';
import { SAMPLES, useWebApp } from './support/web-app';

const app = useWebApp();

test.beforeEach(async () => {
  // A second briefing, so that results are grouped by briefing.
  const data = fs.readFileSync(path.join(SAMPLES, '01-red-sea.txt')).toString('base64');
  await callApi(app, 'importFiles', { files: [{ name: '01-red-sea.txt', data }] });
});

async function search(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const field = page.getByRole('combobox', { name: 'Search the library' });
  await expect(field).toBeFocused();
  await field.pressSequentially(query, { delay: 20 });
  // Results follow the typing as they come; the ones for the whole query are in once the
  // spinner has gone (a test that arrows through the list must not act on a shorter query's).
  await expect(page.getByRole('status', { name: 'Searching' })).toHaveCount(0);
  return field;
}

const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

test('explains the query syntax before anything is typed', async ({ page }) => {
  await openReader(page, app);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the library' });
  await expect(dialog.getByText('the exact phrase')).toBeVisible();
  await expect(dialog.getByText('either word')).toBeVisible();
});

test('finds passages despite a typo, with the matched words marked in the snippets', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'cocain seizures');
  const first = results(page).getByRole('option').first();
  await expect(first).toBeVisible();
  const marked = (await first.locator('mark').allTextContents()).map((word) => word.toLowerCase());
  expect(marked).toContain('cocaine');
  expect(marked.some((word) => word.startsWith('seiz'))).toBe(true);
  await expect(page.getByText(/\d+ passages? in \d+ briefings?/)).toBeVisible();
  // Grouped by briefing and section.
  await expect(results(page).getByRole('group', { name: /Andean region/ })).toBeVisible();
});

test('finds a name typed without its accents', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'Xochitl Galvez');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText('Xóchitl Gálvez');
  expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Xóchitl', 'Gálvez']));
});

test('opens a hit with Enter on the exact passage, the matched words highlighted in place', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'Guayaquil Antwerp');
  const options = results(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  const chosen = (await options.first().locator('.snippet').textContent()) ?? '';
  await page.keyboard.press('Enter');

  await expect(page.getByRole('dialog', { name: 'Search the library' })).toBeHidden();
  const bar = page.getByRole('region', { name: 'Search matches in this briefing' });
  await expect(bar).toContainText('Guayaquil Antwerp');
  const current = await highlighted(page, 'search-current');
  expect(current.texts).toHaveLength(1);
  expect(['guayaquil', 'antwerp']).toContain(current.texts[0]?.toLowerCase());
  expect(current.firstOnScreen).toBe(true);
  // The highlighted words sit in the passage the snippet came from.
  const fragment = chosen.replace(/^…|…$/g, '').slice(0, 40);
  await expect(page.locator('.flash, [data-block-id]').filter({ hasText: fragment }).first()).toBeInViewport();
  expect(await highlightSize(page, 'search-match')).toBeGreaterThan(1);
});

test('steps to the next and previous match in the briefing, then clears them with Escape', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'Guayaquil');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const bar = page.getByRole('region', { name: 'Search matches in this briefing' });
  const count = bar.getByRole('status');
  await expect(count).toHaveText(/^\d+ of \d+$/);
  const [at, total] = ((await count.textContent()) ?? '').split(' of ').map(Number) as [number, number];
  expect(total).toBeGreaterThan(1);
  const after = (n: number, step: number) => ((n - 1 + step + total) % total) + 1;
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText(`${after(at, 1)} of ${total}`);
  expect((await highlighted(page, 'search-current')).firstOnScreen).toBe(true);
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText(`${after(at, -1)} of ${total}`);
  // The keyboard steps too (⌘/Ctrl+G), wrapping around at the ends.
  await page.keyboard.press('Control+g');
  await expect(count).toHaveText(`${at} of ${total}`);
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  expect(await highlightSize(page, 'search-match')).toBe(0);
});

test('opens a hit in another briefing with the mouse', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'Houthi');
  await results(page).getByRole('option').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Red Sea');
  expect((await highlighted(page, 'search-current')).texts[0]?.toLowerCase()).toContain('houthi');
});

test('completes the word being typed', async ({ page }) => {
  await openReader(page, app);
  const field = await search(page, 'trafficki');
  const completions = page.getByLabel('Completions');
  await expect(completions.getByRole('button').first()).toBeVisible();
  await field.press('Tab');
  await expect(field).toHaveValue(/^traffick\w+ $/);
});

test('says clearly when nothing matches, and offers the closest words', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'zqxwv');
  await expect(page.getByText(/No passages match/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Search the library' }).fill('');
  await search(page, 'cocainne');
  // A typo that still finds passages is offered its correction.
  const suggestion = page.getByRole('button', { name: 'cocaine', exact: true });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toHaveValue('cocaine');
});

test('finds a misspelling whose stem is another word, and offers the whole query corrected', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'trafficing routes FARC');
  await expect(results(page).getByRole('option').first()).toContainText('FARC');
  const corrected = page.getByRole('button', { name: 'trafficking routes FARC', exact: true });
  await expect(corrected).toBeVisible();
  await corrected.click();
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toHaveValue('trafficking routes FARC');
});

test('remembers recent searches', async ({ page }) => {
  await openReader(page, app);
  await search(page, 'European Ports Alliance');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search the library' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('button', { name: 'European Ports Alliance' })).toBeVisible();
});
