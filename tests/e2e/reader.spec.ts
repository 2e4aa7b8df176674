// The reading view of the bundled briefing: its structure, the table of contents with scroll-spy,
// reading preferences and the reading position that survive a reload, and how links and note
// calls behave.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi, currentTocEntry, openReader, readerScroll, scrollTop, type PageGlobals } from './support/page';
import { SAMPLES, useWebApp } from './support/web-app';

const app = useWebApp();

test('shows the summary apart, figures with their source, lists and the references', async ({ page }) => {
  await openReader(page, app);
  await expect(page.locator('.summary')).toContainText('Cooperation on illegal drug-related issues');
  const figure = page.getByRole('figure').first();
  await expect(figure).toContainText('Cocaine cultivated and seized in Bolivia, Colombia and Peru');
  await expect(figure).toContainText('Source: UNODC.');
  await expect(page.getByRole('listitem').filter({ hasText: 'the Cooperation Programme on Drugs Policies (COPOLAD);' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Main references' })).toContainText('UNODC, World Drug Report 2023');
});

test('keeps the EU copyright and reuse notice visible at the end', async ({ page }) => {
  await openReader(page, app);
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: /Disclaimer and copyright/i })
    .click();
  await expect(page.getByText('© European Union, 2024.')).toBeInViewport();
  await expect(page.getByText(/Reproduction and translation for non-commercial purposes are authorised/)).toBeVisible();
});

test('marks a link whose target was lost, and does not make it clickable', async ({ page }) => {
  await openReader(page, app);
  const lost = page.locator('.link-lost', { hasText: 'Cenepa War' });
  await expect(lost).toHaveAttribute('title', 'Link target lost in the source text');
  await expect(page.getByRole('link', { name: 'Cenepa War' })).toHaveCount(0);
});

test('asks before opening a web link, and opens it in a new tab only when confirmed', async ({ page, context }) => {
  await openReader(page, app);
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: /Disclaimer and copyright/i })
    .click();
  const link = page.getByRole('link', { name: 'http://epthinktank.eu' });
  await link.click();
  const dialog = page.getByRole('dialog', { name: /Open a page on epthinktank\.eu/ });
  await expect(dialog).toContainText('http://epthinktank.eu');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(context.pages()).toHaveLength(1);

  // Confirming opens a separate tab, not a navigation of the reader.
  await context.route('http://epthinktank.eu/**', (route) => route.fulfill({ body: 'stub', contentType: 'text/plain' }));
  await link.click();
  const opened = context.waitForEvent('page');
  await page.getByRole('dialog').getByRole('button', { name: 'Open in new tab' }).click();
  expect((await opened).url()).toContain('epthinktank.eu');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Andean region');
});

test('jumps to a section from the table of contents and marks it as the current one', async ({ page }) => {
  await openReader(page, app);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await toc.getByRole('link', { name: 'Ecuador', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ecuador', exact: true })).toBeInViewport();
  await expect(currentTocEntry(page)).toHaveText('Ecuador');
  await expect(page.getByRole('heading', { name: 'Ecuador', exact: true })).toBeFocused();
});

test('follows the reading with scroll-spy as the user scrolls', async ({ page }) => {
  await openReader(page, app);
  await readerScroll(page).evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(currentTocEntry(page)).toHaveText('Summary');
  // Scroll (not jump) until the section's heading has passed the top of the view.
  const heading = page.getByRole('heading', { name: 'EU-CELAC cooperation on drug-related issues' });
  for (let i = 0; i < 200 && (await heading.evaluate((h) => h.getBoundingClientRect().top)) > 60; i++) {
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, 300);
  }
  await expect(currentTocEntry(page)).toHaveText('EU-CELAC cooperation on drug-related issues');
  const next = page.getByRole('heading', { name: /^Political and security issues/ });
  for (let i = 0; i < 200 && (await next.evaluate((h) => h.getBoundingClientRect().top)) > 60; i++) await page.mouse.wheel(0, 300);
  await expect(currentTocEntry(page)).toHaveText(/^Political and security issues/);
  await readerScroll(page).evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(currentTocEntry(page)).toHaveText('Summary');
});

test('theme and text size changes persist across a reload', async ({ page }) => {
  await openReader(page, app);
  const paragraph = page.locator('.summary .para').first();
  const fontSize = () => paragraph.evaluate((element) => element.ownerDocument.defaultView.getComputedStyle(element).fontSize as string);
  const before = await fontSize();

  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Sepia' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  const theme = () => page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.theme);
  expect(await theme()).toBe('sepia');
  const after = await fontSize();
  expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await theme()).toBe('sepia');
  await expect(page.locator('.summary .para').first()).toHaveCSS('font-size', after);
  await expect(readerScroll(page)).toHaveCSS('background-color', 'rgb(247, 240, 223)');
});

test('reopens a briefing where the reader left it', async ({ page }) => {
  await openReader(page, app);
  const passage = page.getByText(/^Under its Democratic Governance, Security and Migration priority area/);
  const blockId = await readerScroll(page).evaluate((element) => {
    const target = [...element.querySelectorAll('[data-block-id]')].find((block) => block.textContent?.startsWith('Under its Democratic Governance'));
    if (target) element.scrollTop += target.getBoundingClientRect().top - element.getBoundingClientRect().top + 5;
    return Number(target?.getAttribute('data-block-id'));
  });
  await expect(passage).toBeInViewport();
  const left = await scrollTop(page);
  // The position is saved once scrolling settles: wait until the library holds it.
  const briefingId = (await callApi<Array<{ id: string }>>(app, 'listBriefings'))[0]!.id;
  await expect.poll(async () => (await callApi<{ blockId: number } | null>(app, 'getReadingPosition', { id: briefingId }))?.blockId).toBe(blockId);

  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByRole('link', { name: /Andean region/ }).click();
  await expect(passage).toBeInViewport();
  expect(Math.abs((await scrollTop(page)) - left)).toBeLessThan(40);

  await page.reload();
  await expect(passage).toBeInViewport();
});

test('a note call jumps to its note, and the note leads back to the call', async ({ page }) => {
  const data = fs.readFileSync(path.join(SAMPLES, '02-ai-ethics-guidelines.txt')).toString('base64');
  const [imported] = await callApi<Array<{ id: string }>>(app, 'importFiles', { files: [{ name: '02-ai-ethics-guidelines.txt', data }] });
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/read/${imported?.id}`);
  const call = page.getByRole('link', { name: 'Note 3', exact: true }).first();
  await call.scrollIntoViewIfNeeded();
  await call.click();
  const note = page.locator('[data-note-label="3"]');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Data quality and artificial intelligence');
  await page.getByRole('link', { name: 'Back to the call of note 3', exact: true }).click();
  await expect(call).toBeInViewport();
  await expect(call).toBeFocused();
});

test("a note's text shows beside its call on hover and on keyboard focus, without moving the passage; Escape hides it", async ({ page }) => {
  const data = fs.readFileSync(path.join(SAMPLES, '02-ai-ethics-guidelines.txt')).toString('base64');
  const [imported] = await callApi<Array<{ id: string }>>(app, 'importFiles', { files: [{ name: '02-ai-ethics-guidelines.txt', data }] });
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/read/${imported?.id}`);
  const call = page.getByRole('link', { name: 'Note 3', exact: true }).first();
  await call.scrollIntoViewIfNeeded();
  const scrolled = await scrollTop(page);

  await call.hover();
  const preview = page.getByRole('tooltip');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Note 3');
  await expect(preview).toContainText('Data quality and artificial intelligence');
  await expect(call).toHaveAccessibleDescription(/Data quality and artificial intelligence/);
  expect(await scrollTop(page)).toBe(scrolled);
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();

  await call.focus();
  await expect(preview).toContainText('Data quality and artificial intelligence');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(call).toBeFocused();
});

test('lists the figures and tables under the contents, by their captions, and jumps to each', async ({ page }) => {
  await openReader(page, app);
  const list = page.getByRole('list', { name: 'Figures and tables' });
  const entries = list.getByRole('link');
  await expect(entries).toHaveCount(await page.getByRole('figure').count());
  const last = entries.last();
  const caption = (await last.textContent()) ?? '';
  expect(caption).toMatch(/^Figure \d+/);
  await last.click();
  await expect(page.locator('figcaption', { hasText: caption })).toBeInViewport();
});
