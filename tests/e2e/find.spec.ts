// Find in the open briefing (Ctrl+F): every match counted and highlighted, the current one on
// screen, next and previous, case and accents ignored, Escape to close.
import { expect, test, type Page } from '@playwright/test';
import { highlighted, highlightSize, openReader } from './support/page';
import { useWebApp } from './support/web-app';

const app = useWebApp();

async function find(page: Page, text: string) {
  await page.keyboard.press('Control+f');
  const field = page.getByRole('textbox', { name: 'Find in this briefing' });
  await expect(field).toBeFocused();
  await field.fill(text);
  return field;
}

/** Occurrences of `word` in the briefing's text as the page shows it, ignoring case. */
async function occurrences(page: Page, word: string): Promise<number> {
  const texts = await page.locator('[data-text]').allTextContents();
  return texts.reduce((count, text) => count + (text.toLowerCase().split(word.toLowerCase()).length - 1), 0);
}

test('counts and highlights every match, the current one on screen', async ({ page }) => {
  await openReader(page, app);
  await find(page, 'ecuador');
  const expected = await occurrences(page, 'ecuador');
  expect(expected).toBeGreaterThan(10);
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText(`1 of ${expected}`);
  expect(await highlightSize(page, 'find-match')).toBe(expected);
  const current = await highlighted(page, 'find-current');
  expect(current.texts).toEqual(['Ecuador']);
  expect(current.firstOnScreen).toBe(true);
});

test('Enter, Shift+Enter and the arrows step through the matches and wrap around', async ({ page }) => {
  await openReader(page, app);
  const field = await find(page, 'bukele');
  const total = await occurrences(page, 'bukele');
  const status = page.getByRole('status').filter({ hasText: / of / });
  await expect(status).toHaveText(`1 of ${total}`);
  await field.press('Enter');
  await expect(status).toHaveText(`2 of ${total}`);
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(status).toHaveText(`${total} of ${total}`);
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(status).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Control+g');
  await expect(status).toHaveText(`2 of ${total}`);
  expect((await highlighted(page, 'find-current')).firstOnScreen).toBe(true);
});

test('ignores accents and case: "galvez" finds "Gálvez", "XOCHITL" finds "Xóchitl"', async ({ page }) => {
  await openReader(page, app);
  await find(page, 'galvez');
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1');
  expect((await highlighted(page, 'find-current')).texts).toEqual(['Gálvez']);
  await page.getByRole('textbox', { name: 'Find in this briefing' }).fill('XOCHITL');
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1');
  expect((await highlighted(page, 'find-current')).texts).toEqual(['Xóchitl']);
});

test('says so when nothing matches', async ({ page }) => {
  await openReader(page, app);
  await find(page, 'zeppelin');
  await expect(page.getByText('No matches')).toBeVisible();
  expect(await highlightSize(page, 'find-match')).toBe(0);
});

test('Escape closes the find bar and removes the highlights', async ({ page }) => {
  await openReader(page, app);
  await find(page, 'cocaine');
  await expect.poll(() => highlightSize(page, 'find-match')).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Find in this briefing' })).toBeHidden();
  expect(await highlightSize(page, 'find-match')).toBe(0);
  expect(await highlightSize(page, 'find-current')).toBe(0);
});
