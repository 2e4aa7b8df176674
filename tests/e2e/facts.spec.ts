// Facts and figures in browser mode: the reader's Facts panel (a click marks the figure in its
// passage), a chart across two briefings in the Facts view, the CSV export, and axe scans of both
// screens. Their screenshots are taken by scripts/screenshots.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi, highlighted, openReader } from './support/page';
import { seriousViolations } from './support/axe';
import { REPO, useWebApp } from './support/web-app';

const app = useWebApp();
// axe scans a page of a few hundred table cells: slow on a loaded two-core machine.
test.setTimeout(120_000);

/** A second briefing that goes on with the bundled one's seizure figures. */
const PORTS = fs.readFileSync(path.join(REPO, 'tests/fixtures/facts/ports.txt'));

test.beforeEach(async () => {
  await callApi(app, 'importFiles', { files: [{ name: 'ports.txt', data: PORTS.toString('base64') }] });
});

test("the Facts panel lists the briefing's statistics and a click marks the figure in its passage", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openReader(page, app);
  await page.getByRole('button', { name: 'Facts and figures' }).click();
  const panel = page.getByRole('region', { name: 'Facts and figures in this briefing' });
  await expect(panel.getByRole('tab', { name: /^Facts \(\d+\)$/ })).toBeVisible();
  await panel.getByRole('searchbox', { name: 'Filter facts' }).fill('guayaquil 2022');
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button', { name: '44', exact: true }).click();
  await expect.poll(async () => (await highlighted(page, 'fact-current')).texts).toEqual(['44 tonnes']);
  expect((await highlighted(page, 'fact-current')).firstOnScreen).toBe(true);
  // The margin shows the briefing's own flags beside their passages.
  await expect(page.getByRole('button', { name: /^Conflict: / }).first()).toBeVisible();
  await panel.getByRole('searchbox', { name: 'Filter facts' }).fill('');
  await panel.getByRole('tab', { name: /^Flags/ }).click();
  await expect(panel.getByText(/0\.66 % per 100 000 inhabitants/).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Closed, the panel leaves the flags in the margin; one opens the panel at its flag.
  await page.getByRole('button', { name: 'Close the facts panel' }).click();
  const marker = page.getByRole('button', { name: /^Suspicious unit: / });
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  await expect(panel.locator('.fact-flag.current')).toContainText('0.66 % per 100 000 inhabitants');
});

test('the Facts view draws one measure across two briefings, and exports the filtered facts as CSV', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/facts`);
  await expect(page.getByRole('heading', { level: 1, name: 'Facts and figures' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Measure' }).fill('cocaine');
  await page.getByRole('searchbox', { name: 'Entity' }).fill('EU Member State');
  await page.getByRole('searchbox', { name: 'Unit' }).fill('tonnes');
  await expect(page.getByText(/facts in 2 briefings/)).toBeVisible();
  const chart = page.getByTestId('fact-chart');
  await expect(chart.locator('svg[role="img"]')).toBeVisible();
  await expect(chart.locator('svg path[stroke]').first()).toBeVisible();
  // The chart's data, for screen readers: 2021 from the bundled briefing, 2022 and 2023 from the other.
  await page.getByText('Data table').click();
  const data = page.getByRole('table', { name: /the data$/ });
  for (const year of ['2021', '2022', '2023']) await expect(data.locator('tbody tr', { hasText: year }).first()).toBeVisible();
  await expect(data).toContainText('Cocaine seizures at European ports');
  await expect(data).toContainText('Andean region');
  // The chart is drawn without breaking the content security policy (no inline <style>).
  expect(await chart.locator('style').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('facts.csv');
  const csv = fs.readFileSync(await file.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('323 tonnes');
  expect(csv).toMatch(/briefing-reader:\/\/open\?briefing=\w+&block=\d+&start=\d+&end=\d+/);
});

for (const theme of ['sepia', 'dark']) {
  test(`the Facts panel with its flags and the Facts view with a chart have no serious or critical violations in the ${theme} theme`, async ({ page }) => {
    await callApi(app, 'saveSettings', { values: { 'reader.theme': theme } });
    await page.setViewportSize({ width: 1400, height: 900 });
    await openReader(page, app);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'Facts and figures' }).click();
    const panel = page.getByRole('region', { name: 'Facts and figures in this briefing' });
    await panel.getByRole('tab', { name: /^Flags/ }).click();
    await expect(panel.getByText(/0\.66 % per 100 000 inhabitants/).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${app.origin}/#/facts`);
    await page.getByRole('searchbox', { name: 'Measure' }).fill('cocaine');
    await expect(page.getByTestId('fact-chart').locator('svg[role="img"]')).toBeVisible();
    await page.getByText('Data table').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
