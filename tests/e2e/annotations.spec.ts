// Annotations and copy with citation in the reader: highlight with the mouse
// and with the keyboard alone, notes and tags, reload, the sidebar's filters, delete and undo, a
// draft that survives a reload, a new edition from an edited file, and the clipboard's text and
// HTML after "Copy with citation".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi, openReader, type PageGlobals } from './support/page';
import { dragSelect, pointOf } from './support/selection';
import { REPO, useWebApp } from './support/web-app';

const app = useWebApp();

interface StoredAnnotation {
  id: string;
  quote: string;
  note: string;
  tags: string[];
  color: string;
  status: string;
}

/** The texts of the ranges painted as an annotation colour. */
async function painted(page: Page, color: string): Promise<string[]> {
  return page.evaluate(
    (name) => [...((globalThis as unknown as PageGlobals).CSS.highlights.get(name)?.values() ?? [])].map((r) => r.toString()),
    `annotation-${color}`
  );
}

async function annotations(): Promise<StoredAnnotation[]> {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const bundled = briefings.find((b) => b.title.includes('Andean region'))!;
  return callApi<StoredAnnotation[]>(app, 'listAnnotations', { briefingId: bundled.id });
}

async function bundledId(): Promise<string> {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  return briefings.find((b) => b.title.includes('Andean region'))!.id;
}

async function removeAll(): Promise<void> {
  for (const a of await annotations()) await callApi(app, 'deleteAnnotation', { id: a.id });
}

const ACROSS_LINK = 'almost 30 years ago (the Cenepa War between Ecuador and Peru';

test('highlight with the mouse across a link, add a note and tags, and find both in place after a reload', async ({ page }) => {
  await removeAll();
  await openReader(page, app);
  await dragSelect(page, ACROSS_LINK);
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Note' }).click();

  const editor = page.getByRole('form', { name: 'New note' });
  await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('The **last** war between two states in the region.');
  await editor.getByRole('radio', { name: 'Green' }).click();
  const tags = editor.getByRole('combobox', { name: 'Add a tag' });
  await tags.fill('history');
  await tags.press('Enter');
  await tags.fill('ecuador');
  await tags.press('Enter');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  const [stored] = await annotations();
  expect(stored).toMatchObject({ quote: ACROSS_LINK, color: 'green', status: 'exact', note: 'The **last** war between two states in the region.' });
  expect([...stored!.tags].sort()).toEqual(['ecuador', 'history']);
  await expect.poll(async () => (await painted(page, 'green')).join('')).toBe(ACROSS_LINK);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Andean region/ })).toBeVisible();
  await expect.poll(async () => (await painted(page, 'green')).join('')).toBe(ACROSS_LINK);
  await page.getByRole('button', { name: 'Annotations' }).click();
  const item = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'Cenepa War' });
  await expect(item).toContainText(ACROSS_LINK);
  await expect(item.locator('.note-markdown strong')).toHaveText('last');
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['ecuador', 'history']);
  await expect(item.locator('.status-badge')).toHaveText('Exact');
});

test('highlights a passage across two paragraphs of a section, and Escape drops a selection', async ({ page }) => {
  await removeAll();
  await openReader(page, app);
  const end = 'Political instability experienced';
  await pointOf(page, 'Peru (26 %) and Bolivia (13 %).', 'start');
  const stop = await pointOf(page, end, 'end');
  const start = await pointOf(page, 'Peru (26 %) and Bolivia (13 %).', 'start');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(stop.x, stop.y, { steps: 8 });
  await page.mouse.up();
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.getByRole('button', { name: 'Highlight purple' }).click();
  await expect.poll(async () => (await annotations()).length).toBe(1);
  const [stored] = await annotations();
  expect(stored!.quote).toBe('Peru (26 %) and Bolivia (13 %).\n\nPolitical instability experienced');
  await expect.poll(() => painted(page, 'purple')).toEqual(['Peru (26 %) and Bolivia (13 %).', 'Political instability experienced']);

  await page.keyboard.press('Shift+ArrowDown');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
});

test('creates an annotation with the keyboard alone', async ({ page }) => {
  await removeAll();
  await openReader(page, app);
  // Shift+arrows start a selection at the first line in view and extend it; Ctrl+Shift+→ by word.
  await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar).toBeVisible();
  // The toolbar is reachable from the text with Tab, and its buttons with the arrow keys.
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Highlight yellow' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Highlight green' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  const editor = page.getByRole('form', { name: 'New note' });
  await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  const stored = await annotations();
  expect(stored).toHaveLength(1);
  expect(stored[0]!.note).toBe('Typed without a mouse');
  expect(stored[0]!.quote.split(/\s+/).length).toBeGreaterThanOrEqual(3);
  await expect.poll(async () => (await painted(page, 'yellow')).join('')).toBe(stored[0]!.quote);

  // Find, then Escape, leaves the match selected: extend it by a word and press H.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Cenepa');
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('h');
  await expect.poll(async () => (await annotations()).length).toBe(2);
  expect((await annotations()).map((a) => a.quote)).toContain('Cenepa War');
});

test('filters the sidebar by colour and by tag; deletes with undo', async ({ page }) => {
  await removeAll();
  const briefingId = await bundledId();
  await callApi(app, 'createAnnotation', { briefingId, quote: 'cocaine production doubled', color: 'pink', tags: ['markets'] });
  await callApi(app, 'createAnnotation', { briefingId, quote: 'the homicide rate rose from 13.7', color: 'blue', tags: ['ecuador'] });
  await callApi(app, 'createAnnotation', { briefingId, quote: 'started negotiating international agreements', color: 'blue', tags: ['markets', 'eu'] });
  await openReader(page, app);
  await page.keyboard.press('a');
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  const items = sidebar.getByRole('list', { name: 'Annotations in reading order' }).locator(':scope > li');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('cocaine production doubled');

  await sidebar.getByRole('button', { name: 'Show blue' }).click();
  await expect(items).toHaveCount(2);
  await sidebar.getByRole('combobox', { name: 'By tag' }).selectOption('markets');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('started negotiating international agreements');
  await sidebar.getByRole('button', { name: 'Clear' }).click();
  await expect(items).toHaveCount(3);

  // Clicking an item brings its passage into view.
  await items
    .nth(2)
    .getByRole('button', { name: /Go to the passage/ })
    .click();
  await expect(page.locator('.flash')).toContainText('started negotiating international agreements');

  await items.first().getByRole('button', { name: 'Delete annotation' }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);
  expect(await painted(page, 'pink')).toEqual(['cocaine production doubled']);

  // ⌘/Ctrl+Z right after a delete undoes it too.
  await items.nth(1).getByRole('button', { name: 'Delete annotation' }).click();
  await expect(items).toHaveCount(2);
  await page.locator('.reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(3);

  // A click on a highlight in the text marks its annotation in the sidebar.
  await expect(items.first()).not.toHaveAttribute('aria-current', 'true');
  const point = await pointOf(page, 'production doubled', 'start');
  await page.mouse.click(point.x + 4, point.y);
  await expect(items.first()).toHaveAttribute('aria-current', 'true');
  expect(
    await page.evaluate(() => [...((globalThis as unknown as PageGlobals).CSS.highlights.get('annotation-selected')?.values() ?? [])].map((r) => r.toString()))
  ).toEqual(['cocaine production doubled']);
  // A second click on it opens it for editing.
  await page.mouse.click(point.x + 4, point.y);
  await expect(sidebar.getByRole('form', { name: 'Edit note' })).toBeVisible();
});

test('a note being typed is offered back after a reload', async ({ page }) => {
  await removeAll();
  await openReader(page, app);
  await dragSelect(page, 'Political instability experienced in Andean countries');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Note' }).click();
  await page.keyboard.type('Half-written thought');
  await expect.poll(async () => (await callApi<unknown[]>(app, 'listDrafts', { briefingId: await bundledId() })).length).toBe(1);
  await page.reload();
  const offer = page.getByRole('status').filter({ hasText: 'You have an unsaved note' });
  await expect(offer).toContainText('Political instability');
  await offer.getByRole('button', { name: 'Restore' }).click();
  const editor = page.getByRole('form', { name: 'New note' });
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('Half-written thought');
  await editor.getByRole('button', { name: 'Save' }).click();
  const stored = await annotations();
  expect(stored.map((a) => [a.quote, a.note])).toEqual([['Political instability experienced in Andean countries', 'Half-written thought']]);
  expect(await callApi<unknown[]>(app, 'listDrafts', { briefingId: await bundledId() })).toEqual([]);
});

test('copy with citation puts the quote, the citation and the link on the clipboard as text and HTML', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await openReader(page, app);
  await dragSelect(page, ACROSS_LINK);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Copy with citation' }).click();
  // The first citation loads the CSL processor and its style, which takes a moment on a busy machine.
  await expect(page.getByText('Copied with citation (APA)')).toBeVisible({ timeout: 15_000 });
  const clip = await page.evaluate<{ text: string; html: string }>(`(async () => {
    const [item] = await navigator.clipboard.read();
    return { text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  })()`);
  expect(clip.text).toContain(ACROSS_LINK);
  expect(clip.text).toMatch(/2024/);
  expect(clip.html).toContain('Cenepa War');
  expect(clip.html).toMatch(/href="briefing-reader:\/\/open\?briefing=[^"]+"/);
  expect(clip.html).toMatch(/<i>|<em>/);

  // The same from a highlight in the sidebar.
  await callApi(app, 'createAnnotation', { briefingId: await bundledId(), quote: 'cocaine production doubled', color: 'pink' });
  await page.reload();
  await page.getByRole('button', { name: 'Annotations', pressed: false }).click();
  const item = page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-item').filter({ hasText: 'cocaine production doubled' });
  await item.getByRole('button', { name: 'Copy with citation' }).click();
  await expect(page.getByText('Copied with citation (APA)')).toBeVisible();
  const fromHighlight = await page.evaluate<string>(`navigator.clipboard.readText()`);
  expect(fromHighlight).toContain('“cocaine production doubled”');
});

test('updating from an edited file re-anchors annotations and shows exact, fuzzy and orphaned', async ({ page }) => {
  await removeAll();
  const briefingId = await bundledId();
  const original = fs.readFileSync(path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt'), 'utf8');
  const kept = 'the European Commission started negotiating international agreements';
  const reworded = 'cocaine production doubled and led to a 416 % increase in the European cocaine market';
  const deleted = 'Almost 40 % of the criminal networks active in the EU are involved in the illegal drugs trade.';
  for (const quote of [kept, reworded, deleted]) await callApi(app, 'createAnnotation', { briefingId, quote });
  const edited = original.replace(reworded, 'cocaine output doubled and led to a 416 % rise in the European cocaine market').replace(` ${deleted}`, '');
  expect(edited).not.toBe(original);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-edition-')), 'andean-drug-trafficking-v2.txt');
  fs.writeFileSync(file, edited);

  await openReader(page, app);
  await page.getByTestId('update-input').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Briefing updated' });
  await expect(dialog).toContainText('Updated to edition 2: 1 exact, 1 fuzzy, 1 orphaned');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  const item = (text: string) => sidebar.locator('.annotation-item').filter({ hasText: text });
  await expect(item('started negotiating').locator('.status-badge')).toHaveText('Exact');
  await expect(item('cocaine output doubled').locator('.status-badge')).toHaveText('Fuzzy');
  await expect(item('Almost 40 %').locator('.status-badge')).toHaveText('Orphaned');
  await expect(sidebar.getByRole('list', { name: 'Orphaned annotations' })).toContainText('Almost 40 %');
  await item('cocaine output doubled').getByRole('button', { name: 'What changed?' }).click();
  await expect(item('cocaine output doubled').locator('del')).toContainText(['production']);
  await expect(item('cocaine output doubled').locator('ins')).toContainText(['output']);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});
