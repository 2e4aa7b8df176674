// Citations and export in the app: completing a briefing's details by hand, citing it (clipboard text and HTML,
// the style remembered), exporting notes to files read back with independent parsers, and
// importing a JSON export into another library without ever duplicating a note.
import fs from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import YAML from 'yaml';
import { callApi, openReader } from './support/page';
import { useWebApp, type WebApp } from './support/web-app';

const app = useWebApp();

const NOTE = 'Seizures up, "record" year, see:\nEuropol, 2023';
let andean: string;

test.beforeEach(async () => {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  andean = briefings.find((b) => b.title.includes('Andean region'))!.id;
  await callApi(app, 'createAnnotation', { briefingId: andean, quote: 'cocaine production doubled', color: 'yellow', tags: ['cocaine'], note: NOTE });
  await callApi(app, 'createAnnotation', { briefingId: andean, quote: 'visited the port of Contecon in Guayaquil', color: 'blue', tags: ['ports', 'ecuador'] });
});

interface Metadata {
  title: string;
  url: string | null;
  date: string | null;
  authors: Array<{ family?: string; given?: string }>;
  sections: Array<{ id: number; title: string }>;
}

const metadataOf = async (target: WebApp = app) => {
  const doc = await callApi<{ metadata: Metadata; sections: Metadata['sections'] }>(target, 'getBriefing', { id: andean });
  return { ...doc.metadata, sections: doc.sections };
};

/** What the first test types into the details editor, for tests that run on their own. */
const completeDetails = () => callApi(app, 'updateMetadata', { id: andean, patch: { authors: [{ family: 'Jütten', given: 'Marc' }], date: '2024-04' } });

async function openBriefingAction(page: Page, item: string) {
  await page.getByRole('button', { name: 'More actions for this briefing' }).click();
  await page.getByRole('button', { name: item }).click();
}

/** Whether a click at the middle of the element would reach it, not something drawn over it. */
function isUncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = element.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top !== null && element.contains(top);
  });
}

async function saved(download: Download): Promise<string> {
  const file = await download.path();
  return fs.readFileSync(file, 'utf8');
}

test('the briefing details editor completes the author and date, and refuses a bad address with one line, saving nothing', async ({ page }) => {
  await openReader(page, app);
  await openBriefingAction(page, 'Briefing details…');
  const dialog = page.getByRole('dialog', { name: 'Briefing details' });
  await dialog.getByRole('button', { name: '+ Add author' }).click();
  await dialog.getByRole('textbox', { name: 'Author 1: family name' }).fill('Jütten');
  await dialog.getByRole('textbox', { name: 'Author 1: given names' }).fill('Marc');
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-04');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Saved the details of/)).toBeVisible();
  expect(await metadataOf()).toMatchObject({ authors: [{ family: 'Jütten', given: 'Marc' }], date: '2024-04' });

  // Reopened with the keyboard shortcut (the menu command "edit-metadata"): the values are there.
  await page.locator('[data-testid="reader-scroll"]').focus();
  await page.keyboard.press('Control+i');
  // The "Saved" toast follows into the new dialog but leaves its buttons uncovered.
  await expect(dialog.getByText(/Saved the details of/)).toBeVisible();
  for (const name of ['Save', 'Cancel']) expect(await isUncovered(dialog.getByRole('button', { name }))).toBe(true);
  await expect(dialog.getByRole('textbox', { name: 'Author 1: family name' })).toHaveValue('Jütten');
  await expect(dialog.getByRole('textbox', { name: 'Author 1: given names' })).toHaveValue('Marc');
  await expect(dialog.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('2024-04');

  const before = await metadataOf();
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('A title that must not be saved');
  await dialog.getByRole('textbox', { name: 'Web address' }).fill('europarl dot eu');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const error = dialog.getByRole('alert');
  await expect(error).toContainText('the URL must be an http:// or https:// address');
  expect((await error.innerText()).split('\n')).toHaveLength(1);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await metadataOf()).toEqual(before);
});

test('the details can be edited from the library row too', async ({ page }) => {
  await completeDetails();
  await openReader(page, app);
  await page.keyboard.press('Alt+ArrowLeft');
  await page.getByRole('button', { name: /^Details of “EU cooperation/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing details' });
  await expect(dialog.getByRole('textbox', { name: 'Author 1: family name' })).toHaveValue('Jütten');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('cites a section in Chicago: the clipboard gets text and HTML with author, year and section, and the style is remembered', async ({ page, context }) => {
  await completeDetails();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const colombia = (await metadataOf()).sections.find((s) => s.title === 'Colombia')!;
  await openReader(page, app);
  await openBriefingAction(page, 'Cite this briefing…');
  const dialog = page.getByRole('dialog', { name: 'Cite this briefing' });
  await dialog.getByRole('combobox', { name: 'Cite' }).selectOption(String(colombia.id));
  await dialog.getByRole('combobox', { name: 'Style' }).selectOption('chicago');
  const preview = dialog.getByRole('region', { name: 'Citation preview' });
  // The first citation of a session loads the CSL engine and styles: allow it a moment.
  await expect(preview).toContainText('(Jütten 2024, under “Colombia”)', { timeout: 20_000 });
  await expect(preview).toContainText('Jütten, Marc. 2024.');
  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByText('Citation copied')).toBeVisible();

  const clipboard = await page.evaluate(async () => {
    interface ClipboardRead {
      navigator: { clipboard: { read(): Promise<Array<{ types: string[]; getType(type: string): Promise<{ text(): Promise<string> }> }>> } };
    }
    const [item] = await (globalThis as unknown as ClipboardRead).navigator.clipboard.read();
    return { types: item!.types, text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
  expect(clipboard.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
  expect(clipboard.text).toContain('(Jütten 2024, under “Colombia”)');
  expect(clipboard.text).toContain('Jütten, Marc. 2024.');
  // In HTML the citation links back to the section's passage, so a click in Word opens it here.
  expect(clipboard.html).toMatch(new RegExp(`<a href="briefing-reader://open\\?briefing=${andean}&amp;block=\\d+">\\(Jütten 2024, under “Colombia”\\)</a>`));
  expect(clipboard.html).toContain('Jütten, Marc. 2024.');

  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await openBriefingAction(page, 'Cite this briefing…');
  await expect(dialog.getByRole('combobox', { name: 'Style' })).toHaveValue('chicago');
  await expect(dialog.getByRole('region', { name: 'Citation preview' })).toContainText('(Jütten 2024)');
  // The preview shows a reference as it will paste: in APA, the title in italics.
  await dialog.getByRole('combobox', { name: 'Style' }).selectOption('apa');
  await expect(dialog.locator('.citation-reference em')).toHaveText('EU cooperation with Latin America: Combating drug trafficking in the Andean region');
});

test('exports a reference for reference managers', async ({ page }) => {
  await completeDetails();
  await openReader(page, app);
  await openBriefingAction(page, 'Cite this briefing…');
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export reference' }).getByRole('button', { name: 'BibTeX' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.bib$/);
  const bibtex = await saved(download);
  expect(bibtex).toMatch(/^@\w+\{/);
  expect(bibtex).toContain('Jütten');
});

test('exports one briefing’s notes as Markdown with YAML front matter', async ({ page }) => {
  await completeDetails();
  await openReader(page, app);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog).toContainText('From “EU cooperation with Latin America');
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  await expect(page.getByText(`Exported 2 notes from 1 briefing to ${download.suggestedFilename()}`)).toBeVisible();

  const markdown = await saved(download);
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  expect(YAML.parse(frontMatter!)).toMatchObject({
    title: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
    authors: ['Marc Jütten'],
    date: '2024-04',
    tags: expect.arrayContaining(['cocaine', 'ports', 'ecuador'])
  });
  expect(body).toContain('> visited the port of Contecon in Guayaquil');
  expect(body).toContain('#ports');
});

test('exports the whole library’s notes as CSV that opens in a spreadsheet', async ({ page }) => {
  await completeDetails();
  await openReader(page, app);
  await page.keyboard.press('Control+Shift+N');
  await page.getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog).toContainText('From every briefing in the library');
  await dialog.getByRole('radio', { name: /Spreadsheet/ }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  const csv = await saved(download);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(2);
  expect(parsed.data.find((row) => row.Quote === 'cocaine production doubled')).toMatchObject({
    Note: NOTE,
    Tags: 'cocaine',
    Colour: 'yellow',
    Status: 'exact'
  });
  expect(parsed.data.find((row) => row.Quote === 'visited the port of Contecon in Guayaquil')?.Citation).toMatch(/Jütten/);
});

test.describe('with a second library', () => {
  /** A second library, to import the exported notes into; only this test pays for starting it. */
  const fresh = useWebApp();

  test('a JSON export imported into another library adds every note once; importing it again adds none', async ({ page }) => {
    await openReader(page, app);
    await page.keyboard.press('Control+Shift+N');
    await page.getByRole('button', { name: 'Export notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export notes' });
    await dialog.getByRole('radio', { name: /Backup/ }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const download = await downloading;
    const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(await saved(download)) };

    await openReader(page, fresh);
    await page.keyboard.press('Control+Shift+N');
    await expect(page.getByRole('heading', { name: 'No highlights or notes yet' })).toBeVisible();
    await page.getByTestId('notes-import-input').setInputFiles(file);
    const result = page.getByRole('dialog', { name: 'Notes imported' });
    await expect(result.getByTestId('import-added')).toHaveText('2');
    await expect(result.getByTestId('import-present')).toHaveText('0');
    await expect(result).toContainText('2 notes found their passage exactly, 0 approximately');
    await result.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(2);
    await expect(page.locator('.annotation-card', { hasText: 'cocaine production doubled' })).toContainText('"record" year');

    await page.getByTestId('notes-import-input').setInputFiles(file);
    await expect(result.getByTestId('import-added')).toHaveText('0');
    await expect(result.getByTestId('import-present')).toHaveText('2');
    await expect(result).toContainText('nothing was duplicated');
    await result.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(2);
    expect(await callApi<unknown[]>(fresh, 'listAnnotations', {})).toHaveLength(2);
  });
});
