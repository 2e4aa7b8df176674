// Automated accessibility scans (axe-core, WCAG 2.1 A and AA rules) of the library, the reading
// view in each theme, and the overlays: no serious or critical violation is acceptable.
import { expect, test } from '@playwright/test';
import { callApi, openOriginalOfPdf, openReader } from './support/page';
import { seriousViolations } from './support/axe';
import { useWebApp } from './support/web-app';

const app = useWebApp();
// An axe scan walks the whole page, a long briefing included, and some tests scan three or four
// states: on a shared two-core machine that can pass the default 30 s without anything being wrong.
test.describe.configure({ timeout: 90_000 });

test('the library view has no serious or critical violations', async ({ page }) => {
  await openReader(page, app);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const theme of ['Light', 'Sepia', 'Dark']) {
  test(`the reading view in the ${theme.toLowerCase()} theme has no serious or critical violations`, async ({ page }) => {
    await openReader(page, app);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).click();
    await page.keyboard.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the Original view of a PDF briefing has no serious or critical violations in any theme', async ({ page }) => {
  test.slow(); // pdf.js parses the PDF on import and draws its page, then three full scans.
  await openOriginalOfPdf(page, app);
  await expect(page.getByRole('img', { name: 'Page 1 of 5 of the original', exact: true })).toBeVisible();
  for (const theme of ['Light', 'Sepia', 'Dark']) {
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).click();
    await page.keyboard.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test('the search field, the find bar and the shortcuts overlay have no serious or critical violations', async ({ page }) => {
  await openReader(page, app);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('cocaine');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the Notes view has no serious or critical violations, with notes and in every theme', async ({ page }) => {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const briefingId = briefings.find((b) => b.title.includes('Andean region'))!.id;
  const created = await callApi<{ id: string }>(app, 'createAnnotation', {
    briefingId,
    quote: 'cocaine production doubled',
    color: 'pink',
    tags: ['cocaine'],
    note: 'A **note** with [a link](https://example.org)'
  });
  try {
    await openReader(page, app);
    await page.keyboard.press('Control+Shift+N');
    await expect(page.locator('.annotation-card')).toHaveCount(1);
    await expect(page.locator('.annotation-note strong')).toBeVisible();
    for (const theme of ['light', 'sepia', 'dark']) {
      await callApi(app, 'saveSettings', { values: { 'reader.theme': theme } });
      await page.reload();
      await expect(page.locator('.annotation-note strong')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Pink' }).click();
    await page.getByRole('button', { name: 'Export notes' }).click();
    await expect(page.getByRole('dialog', { name: 'Export notes' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await callApi(app, 'saveSettings', { values: { 'reader.theme': 'light' } });
    await callApi(app, 'deleteAnnotation', { id: created.id });
  }
});

test('the briefing details and cite dialogs have no serious or critical violations', async ({ page }) => {
  await openReader(page, app);
  await page.getByRole('button', { name: 'More actions for this briefing' }).click();
  await page.getByRole('button', { name: 'Briefing details…' }).click();
  const details = page.getByRole('dialog', { name: 'Briefing details' });
  await details.getByRole('button', { name: '+ Add author' }).click();
  await details.getByRole('button', { name: '+ Add author' }).click();
  await details.getByRole('combobox', { name: 'Author 2: kind' }).selectOption('organisation');
  await details.getByRole('textbox', { name: 'Web address' }).fill('not an address');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await details.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'More actions for this briefing' }).click();
  await page.getByRole('button', { name: 'Cite this briefing…' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite this briefing' }).locator('.citation-reference')).toBeVisible({ timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the annotation sidebar, the note editor and the selection toolbar have no serious or critical violations', async ({ page }) => {
  await openReader(page, app);
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const briefingId = briefings.find((b) => b.title.includes('Andean region'))!.id;
  await callApi(app, 'createAnnotation', { briefingId, quote: 'cocaine production doubled', color: 'pink', note: 'A **key** figure', tags: ['markets'] });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Andean region/ })).toBeVisible();
  await page.getByRole('button', { name: 'Annotations', pressed: false }).click();
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByText('cocaine production doubled')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Edit note, tags and colour' }).click();
  await expect(page.getByRole('form', { name: 'Edit note' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('.reader-scroll').focus();
  await page.keyboard.press('Shift+ArrowDown');
  // Inside the main landmark, with the text it acts on (axe's "region" rule, moderate).
  await expect(page.getByRole('main').getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 }
]) {
  for (const theme of ['light', 'sepia', 'dark']) {
    test(`the library, reading and Notes views at ${size.width} × ${size.height} in the ${theme} theme have no serious or critical violations`, async ({
      page
    }) => {
      test.slow(); // Three full scans.
      await callApi(app, 'saveSettings', { values: { 'reader.theme': theme } });
      try {
        await page.setViewportSize(size);
        await openReader(page, app);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await seriousViolations(page), 'reading view').toEqual([]);
        await page.keyboard.press('Control+Shift+N');
        await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
        expect(await seriousViolations(page), 'Notes view').toEqual([]);
        await page.getByRole('link', { name: 'Library', exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
        expect(await seriousViolations(page), 'library').toEqual([]);
      } finally {
        await callApi(app, 'saveSettings', { values: { 'reader.theme': 'light' } });
      }
    });
  }
}
