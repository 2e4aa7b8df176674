// The keyboard: next and previous section, back to the library, search from anywhere, theme and
// text size, and the help overlay that lists every shortcut.
import { expect, test } from '@playwright/test';
import { currentTocEntry, openReader, readerScroll, type PageGlobals } from './support/page';
import { useWebApp } from './support/web-app';

const app = useWebApp();

test.beforeEach(async ({ page }) => {
  await openReader(page, app);
  await readerScroll(page).evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(currentTocEntry(page)).toHaveText('Summary');
});

test('] and [ move to the next and the previous section', async ({ page }) => {
  await page.keyboard.press(']');
  await expect(currentTocEntry(page)).toHaveText('Introduction');
  await expect(page.getByRole('heading', { name: 'Introduction' })).toBeInViewport();
  await page.keyboard.press(']');
  await expect(currentTocEntry(page)).toHaveText('International dimension of EU strategy on drug trafficking and organised crime');
  await page.keyboard.press('[');
  await expect(currentTocEntry(page)).toHaveText('Introduction');
});

test('Alt+Down and Alt+Up do the same', async ({ page }) => {
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(currentTocEntry(page)).toHaveText('International dimension of EU strategy on drug trafficking and organised crime');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(currentTocEntry(page)).toHaveText('Introduction');
});

test('Alt+Left goes back to the library', async ({ page }) => {
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('? opens the help overlay with every shortcut, Escape closes it', async ({ page }) => {
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const action of [
    'Search the library',
    'Back to the library',
    'Next section',
    'Previous section',
    'Find in this briefing',
    'Show keyboard shortcuts',
    'Larger text'
  ]) {
    await expect(help.getByText(action, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('Ctrl+K and / open the search field from the reader and from the library', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search the library' });
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  // "/" typed into the field is text, not a shortcut.
  await page.keyboard.type('a/b');
  await expect(search).toHaveValue('a/b');
});

test('T switches the theme and + / - / 0 change the text size', async ({ page }) => {
  const theme = () => page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.theme);
  const size = () =>
    page
      .locator('.summary .para')
      .first()
      .evaluate((element) => element.ownerDocument.defaultView.getComputedStyle(element).fontSize as string);
  const start = await theme();
  await page.keyboard.press('t');
  expect(await theme()).not.toBe(start);
  await page.keyboard.press('t');
  await page.keyboard.press('t');
  expect(await theme()).toBe(start);

  const normal = parseFloat(await size());
  await page.keyboard.press('+');
  expect(parseFloat(await size())).toBeGreaterThan(normal);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(parseFloat(await size())).toBeLessThan(normal);
  await page.keyboard.press('0');
  expect(parseFloat(await size())).toBe(normal);
});

test('C hides and shows the table of contents', async ({ page }) => {
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await page.keyboard.press('c');
  await expect(contents).toBeHidden();
  await page.keyboard.press('c');
  await expect(contents).toBeVisible();
});
