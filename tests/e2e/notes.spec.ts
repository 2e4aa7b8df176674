// The Notes view: every highlight in the library grouped by briefing, narrowed by colour,
// tag, anchoring state and text, and each one opening the reader at its passage.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi, openReader } from './support/page';
import { SAMPLES, useWebApp } from './support/web-app';

const app = useWebApp();

interface Created {
  id: string;
  blockId: number | null;
  status: string;
}

const RED_SEA = '01-red-sea.txt';
let guayaquil: Created;

test.beforeEach(async () => {
  const original = fs.readFileSync(path.join(SAMPLES, RED_SEA), 'utf8');
  const [imported] = await callApi<Array<{ id: string }>>(app, 'importFiles', { files: [{ name: RED_SEA, data: Buffer.from(original).toString('base64') }] });
  const redSea = imported!.id;
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const andean = briefings.find((b) => b.title.includes('Andean region'))!.id;

  const create = (input: Record<string, unknown>) => callApi<Created>(app, 'createAnnotation', input);
  await create({
    briefingId: andean,
    quote: 'cocaine production doubled',
    color: 'yellow',
    tags: ['cocaine', 'markets'],
    note: 'The **headline** figure for the memo.'
  });
  await create({
    briefingId: andean,
    quote: 'the homicide rate rose from 13.7',
    color: 'pink',
    tags: ['ecuador'],
    note: 'Compare with UNODC:\n\n- 2021: 13.7\n- 2023: about 45'
  });
  guayaquil = await create({ briefingId: andean, quote: 'visited the port of Contecon in Guayaquil', color: 'blue', tags: ['ports'] });
  await create({
    briefingId: redSea,
    quote: 'major shipping companies have temporarily suspended Suez transits',
    color: 'green',
    tags: ['shipping', 'markets']
  });
  await create({ briefingId: redSea, quote: 'with the prime suspect being a Chinese vessel', color: 'pink', note: 'Baltic precedent' });

  // A new edition of the Red Sea briefing without the Baltic Sea paragraph: that note is orphaned.
  const edited = original
    .split('\n')
    .filter((line) => !line.includes('prime suspect'))
    .join('\n');
  await callApi(app, 'updateBriefingFromFile', { id: redSea, file: { name: RED_SEA, data: Buffer.from(edited).toString('base64') } });
});

async function openNotes(page: Page) {
  await openReader(page, app);
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
}

const cards = (page: Page) => page.locator('.annotation-card');
const quotes = (page: Page) => page.locator('.annotation-card .quote-button');

test('lists every note in the library grouped by briefing, with its note, tags and state', async ({ page }) => {
  await openNotes(page);
  await expect(page).toHaveURL(/#\/notes$/);
  await expect(page.getByText('5 notes in 2 briefings')).toBeVisible();
  const andean = page.getByRole('region', { name: /Andean region/ });
  const redSea = page.getByRole('region', { name: /Red Sea/ });
  await expect(andean.locator('.annotation-card')).toHaveCount(3);
  await expect(redSea.locator('.annotation-card')).toHaveCount(2);

  // Reading order inside a briefing; the note's Markdown is formatted (bold, a list), not shown raw.
  await expect(andean.locator('.quote-button')).toHaveText([/cocaine production doubled/, /homicide rate/, /Guayaquil/]);
  await expect(andean.locator('strong', { hasText: 'headline' })).toBeVisible();
  await expect(andean.locator('.note-markdown li', { hasText: '2023: about 45' })).toBeVisible();
  await expect(andean.getByText('#markets')).toBeVisible();
  await expect(andean.locator('.annotation-card').first().locator('.status-badge')).toHaveText('Exact');
  await expect(andean.locator('.annotation-card').first().locator('.annotation-section')).toHaveText('Summary');

  const orphan = redSea.locator('.annotation-card', { hasText: 'prime suspect' });
  await expect(orphan.locator('.status-badge')).toHaveText('Orphaned');
  await expect(orphan).toContainText('Baltic precedent');
});

test('the colour, tag, state and text filters narrow the list, and clearing them brings it back', async ({ page }) => {
  await openNotes(page);
  await expect(cards(page)).toHaveCount(5);

  await page.getByRole('button', { name: 'Pink' }).click();
  await expect(quotes(page)).toHaveText([/homicide rate/, /prime suspect/]);
  await page.getByRole('button', { name: 'Green' }).click();
  await expect(cards(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Pink' }).click();
  await page.getByRole('button', { name: 'Green' }).click();
  await expect(cards(page)).toHaveCount(5);

  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: '#markets (2)' });
  await expect(quotes(page)).toHaveText([/cocaine production/, /Suez transits/]);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('');

  await page.getByRole('combobox', { name: 'State' }).selectOption('orphan');
  await expect(quotes(page)).toHaveText([/prime suspect/]);
  await page.getByRole('combobox', { name: 'State' }).selectOption('exact');
  await expect(cards(page)).toHaveCount(4);
  await page.getByRole('combobox', { name: 'State' }).selectOption('');

  // Text search covers quotes, notes and tags, ignoring case and accents.
  const search = page.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('UNODC');
  await expect(quotes(page)).toHaveText([/homicide rate/]);
  await search.fill('shipping');
  await expect(quotes(page)).toHaveText([/Suez transits/]);
  await search.fill('no such words anywhere');
  await expect(page.getByText('No notes match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(cards(page)).toHaveCount(5);
});

test('newest first puts the last note made at the top', async ({ page }) => {
  await openNotes(page);
  await page.getByRole('combobox', { name: 'Order' }).selectOption('created');
  await expect(quotes(page).first()).toContainText('prime suspect');
});

test('a note opens the reader at its passage', async ({ page }) => {
  await openNotes(page);
  await page.getByRole('button', { name: /visited the port of Contecon in Guayaquil/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Andean region/ })).toBeVisible();
  const block = page.locator(`[data-block-id="${guayaquil.blockId}"]`);
  await expect(block).toContainText('Contecon in Guayaquil');
  await expect(block).toBeInViewport();
  // The note itself is picked out in the reader's annotation sidebar.
  const selected = page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-item.selected');
  await expect(selected).toContainText('visited the port of Contecon in Guayaquil');
  // And back to the Notes view through the library header's switch.
  await page.keyboard.press('Alt+ArrowLeft');
  await page.getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
});

test('with no notes, the view explains how to make one', async ({ page }) => {
  const all = await callApi<Created[]>(app, 'listAnnotations', {});
  for (const annotation of all) await callApi(app, 'deleteAnnotation', { id: annotation.id });
  try {
    await openNotes(page);
    await expect(page.getByRole('heading', { name: 'No highlights or notes yet' })).toBeVisible();
    await expect(page.getByText(/select a passage/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export notes' })).toBeDisabled();
  } finally {
    for (const annotation of all) await callApi(app, 'restoreAnnotation', { id: annotation.id });
  }
});
