// Printing a briefing, as the print dialog and "Save as PDF" do it: Chromium's PDF of the reading
// view with highlights and a note, read back with pdftotext — every heading there, the highlighted
// words and the note there, nothing of the app's toolbar or contents panel.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi, openReader } from './support/page';
import { useWebApp } from './support/web-app';

const app = useWebApp();

/** The text of a PDF, as pdftotext lays it out (reading order, one line per printed line). */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-print-')), 'briefing.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Collapses line breaks and hyphenation so that a passage can be found across printed lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a printed briefing has every heading, the highlighted passages and the notes, and no app chrome', async ({ page }) => {
  test.slow(); // Chromium lays out and prints twenty pages.
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const briefingId = briefings.find((b) => b.title.includes('Andean region'))!.id;
  await callApi(app, 'createAnnotation', { briefingId, quote: 'Homicides in Ecuador rose 407 %', color: 'pink', note: 'Check the 2023 figure' });
  await callApi(app, 'createAnnotation', { briefingId, quote: 'cocaine production doubled', color: 'yellow' });
  await openReader(page, app);
  const headings = await page.locator('.article :is(h1, h2, h3, h4):not(.visually-hidden)').allTextContents();
  expect(headings.length).toBeGreaterThan(10);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-citation')).toBeVisible();
  const text = flat(pdfText(await page.pdf({ printBackground: true, preferCSSPageSize: true })));

  for (const heading of headings) expect(text, `heading "${heading}"`).toContain(flat(heading).trim());
  expect(text).toContain('Homicides in Ecuador rose 407 %');
  expect(text).toContain('cocaine production doubled');
  expect(text).toContain('My notes');
  expect(text).toContain('Check the 2023 figure');
  expect(text).toContain('Source:');
  // The toolbar ("Library", "Search Ctrl K") and the contents panel ("Contents") are not printed;
  // none of their words occurs in the briefing itself.
  for (const chrome of ['Contents', 'Library', 'Ctrl', 'Search']) expect(text, chrome).not.toContain(chrome);
  // Numbered pages: "1 / N" at the foot of the first.
  expect(text).toMatch(/\b1 \/ \d+\b/);
});
