// The library view: a sortable list whose sort is remembered, opening a briefing, importing with
// the file picker (the same control in Electron and browser mode), deleting after a confirmation,
// and compacting the library afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
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
  await expect(page.getByRole('region', { name: 'Import progress' }).getByRole('status')).toHaveText('2 imported');
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

test('imports a web page, a Markdown note and a broken file with a progress list that says how each fared', async ({ page }) => {
  await openLibrary(page);
  const formats = path.resolve(__dirname, '../fixtures/formats');
  const broken = test.info().outputPath('broken.md');
  fs.writeFileSync(broken, '---\ntitle: [unclosed\n---\nText.\n');
  await page
    .getByTestId('import-input')
    .setInputFiles([
      path.join(formats, 'saved-article.html'),
      path.join(formats, 'critical-raw-materials.md'),
      broken,
      path.join(SAMPLES, '02-ai-ethics-guidelines.txt')
    ]);
  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect(progress.getByRole('status')).toHaveText('3 imported · 1 failed');
  await expect(progress.locator('[data-status="failed"]')).toContainText('broken.md');
  await expect(progress.locator('[data-status="failed"]')).toContainText('has front matter that is not valid YAML');
  await expect(progress.locator('[data-status="done"]')).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath('import-progress.png') });
  await expect(page.getByRole('row', { name: /Water scarcity in southern Europe/ })).toContainText('Web page');
  await progress.getByRole('button', { name: 'Close' }).click();
  await expect(progress).toHaveCount(0);
  const rows = await page.locator('.library-table tbody tr').count();

  // The same files again: each is reported as already in the library, nothing is duplicated.
  await page.getByTestId('import-input').setInputFiles([path.join(formats, 'saved-article.html'), path.join(formats, 'critical-raw-materials.md')]);
  await expect(progress.getByRole('status')).toHaveText('2 already in the library');
  await expect(page.locator('.library-table tbody tr')).toHaveCount(rows);

  await page
    .getByRole('row', { name: /Water scarcity/ })
    .getByRole('link', { name: /Water scarcity/ })
    .click();
  await expect(page.getByRole('heading', { name: 'How bad is the drought?' })).toBeVisible();
  await expect(page.getByTestId('reader-scroll').getByText('Reservoir levels in Andalusia', { exact: false })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('web-page-reader.png') });
});

test('imports several files dropped on the window through the progress list', async ({ page }) => {
  await openLibrary(page);
  const markdown = fs.readFileSync(path.resolve(__dirname, '../fixtures/formats/critical-raw-materials.md'), 'utf8');
  const copy = markdown.replace('PE 757.601', 'PE 757.602').replace('2024-03-18', '2024-03-19');
  // The page's DOM types are not in the tests' TypeScript project, so the drop is written as page code.
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(copy)}], 'dropped-copy.md', { type: 'text/markdown' }));
    transfer.items.add(new File(['   \\n'], 'blank.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  })()`);
  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect(progress.getByRole('status')).toHaveText(/1 failed/);
  await expect(progress.locator('[data-status="failed"]')).toContainText('Import: "blank.txt" is empty');
});

test('compacts the library after a deletion: the button waits while it runs, then one line says what it won', async ({ page }) => {
  test.slow(); // An import, the library rewritten by VACUUM and a full axe scan, on a machine others share.
  const redSea = { name: '01-red-sea.txt', data: fs.readFileSync(path.join(SAMPLES, '01-red-sea.txt')).toString('base64') };
  const [imported] = await callApi<Array<{ id: string }>>(app, 'importFiles', { files: [redSea] });
  await callApi(app, 'deleteBriefing', { id: imported!.id });
  await openLibrary(page);

  // The call is held until the button has been seen busy, so the check never races the server.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/maintainLibrary', async (route) => {
    await released;
    await route.continue();
  });
  const button = page.getByRole('button', { name: 'Compact library' });
  await button.click();
  const busy = page.getByRole('button', { name: 'Compacting…' });
  await expect(busy).toBeDisabled();
  release();

  const outcome = page.locator('#library-maintenance-outcome');
  await expect(outcome).toHaveText(/^Library compacted: [\d.,]+ [KM]B → [\d.,]+ [KM]B, [\d,]+ unused index words removed\.$/);
  expect(await outcome.getAttribute('role')).toBe('status');
  const removed = Number(/, ([\d,]+) unused/.exec((await outcome.textContent())!)![1]!.replace(/,/g, ''));
  expect(removed).toBeGreaterThan(100);
  await expect(button).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);

  // The library still searches: the bundled briefing answers, the deleted one's words are gone.
  const found = await callApi<{ hits: Array<{ briefingTitle: string }> }>(app, 'search', { query: 'cocaine' });
  expect(found.hits.length).toBeGreaterThan(0);
  expect(found.hits.every((hit) => !hit.briefingTitle.includes('Red Sea'))).toBe(true);
});

test('says in one line why the library could not be compacted', async ({ page }) => {
  test.slow(); // A full axe scan.
  await openLibrary(page);
  await page.route('**/api/maintainLibrary', (route) => route.fulfill({ json: { ok: false, error: 'Library: the disk is full' } }));
  await page.getByRole('button', { name: 'Compact library' }).click();
  await expect(page.getByRole('alert')).toHaveText('Could not compact the library: Library: the disk is full');
  await expect(page.getByRole('button', { name: 'Compact library' })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
});
