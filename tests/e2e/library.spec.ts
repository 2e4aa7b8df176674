// The library view: a sortable list whose sort is remembered, opening a briefing, importing with
// the file picker (the same control in Electron and browser mode), and deleting after a
// confirmation.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi } from './support/page';
import { SAMPLES, useWebApp } from './support/web-app';

const app = useWebApp();

/** The app reopens the briefing read last; the library is one click away. */
async function openLibrary(page: Page): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/** Two sample briefings beside the bundled one, for the tests that need more than one row. */
async function importSamples(): Promise<void> {
  const files = ['01-red-sea.txt', '04-should-we-fear-ai.txt'].map((name) => ({ name, data: fs.readFileSync(path.join(SAMPLES, name)).toString('base64') }));
  await callApi(app, 'importFiles', { files });
}

function titles(page: Page) {
  return page.locator('.library-table tbody .title-link').allTextContents();
}

test('lists the bundled briefing with its type, year, sections and when it was opened', async ({ page }) => {
  await openLibrary(page);
  const row = page.getByRole('row', { name: /Andean region/ });
  await expect(row).toContainText('Briefing');
  await expect(row).toContainText('2024');
  // The count the reading view gives too (the summary is not a section).
  await expect(row.getByRole('cell').nth(3)).toHaveText('9');
  await expect(row).toContainText(/just now|seconds? ago|minutes? ago/);
  await row.getByRole('link', { name: /Andean region/ }).click();
  await expect(page.getByText('9 sections')).toBeVisible();
});

test('imports briefings chosen in the file picker and reports each one', async ({ page }) => {
  await openLibrary(page);
  await page.getByTestId('import-input').setInputFiles([path.join(SAMPLES, '01-red-sea.txt'), path.join(SAMPLES, '04-should-we-fear-ai.txt')]);
  await expect(page.getByText('Imported 2 briefings')).toBeVisible();
  await expect(page.locator('.library-table tbody tr')).toHaveCount(3);
  // The same file again is reported, not duplicated.
  await page.getByTestId('import-input').setInputFiles(path.join(SAMPLES, '01-red-sea.txt'));
  await expect(page.getByText(/is already in the library/)).toBeVisible();
  await expect(page.locator('.library-table tbody tr')).toHaveCount(3);
});

test('sorts by any column, reverses on a second click, and remembers the sort', async ({ page }) => {
  await importSamples();
  await openLibrary(page);
  await page.getByRole('button', { name: 'Title' }).click();
  const ascending = await titles(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');

  await page.getByRole('button', { name: 'Title' }).click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  const descending = await titles(page);
  expect(descending).toEqual([...ascending].reverse());

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  expect(await titles(page)).toEqual(descending);

  await page.getByRole('button', { name: 'Year' }).click();
  await expect(page.getByRole('columnheader', { name: 'Year' })).toHaveAttribute('aria-sort', 'descending');
  const years = (await page.locator('.library-table tbody .col-year').allTextContents()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => b - a));
});

test('opens a briefing from its row', async ({ page }) => {
  await importSamples();
  await openLibrary(page);
  await page.getByRole('link', { name: /Red Sea/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Red Sea');
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
});

test('deletes a briefing only after confirmation', async ({ page }) => {
  await importSamples();
  await openLibrary(page);
  const row = page.getByRole('row', { name: /Should we fear/ });
  await row.hover();
  await row.getByRole('button', { name: /^Delete/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this briefing?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();

  await row.hover();
  await row.getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('row', { name: /Should we fear/ })).toHaveCount(0);
  await expect(page.locator('.library-table tbody tr')).toHaveCount(2);
});

test('at 800 × 600 the library fits the window: no sideways scrolling, long titles clamped, row actions in reach', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openLibrary(page);
  await expect(page.locator('.library-table tbody tr').first()).toBeVisible();
  const overflow = await page.locator('.library-main').evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const table = (await page.locator('.library-table').boundingBox())!;
  expect(table.x + table.width).toBeLessThanOrEqual(800);
  const row = page.getByRole('row', { name: /Andean region/ });
  const details = row.getByRole('button', { name: /^Details of/ });
  await expect(details).toBeVisible();
  const box = (await details.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(800);
  await expect(page.getByRole('button', { name: 'Search the library' })).toBeVisible();
});
