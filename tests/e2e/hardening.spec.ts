// Hardening seen from the page: a note with script links and remote images shows neither in the
// reader or the Notes view, and no screen triggers a Content-Security-Policy violation (an eval
// probe, a remote image, an inline script) — the CSP blocks them, but each would be a bug; nor
// does pdf.js drawing a PDF's original page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HOSTILE_NOTE, IMAGE_WORDS, isAllowedTarget, SAFE_LINKS } from '../helpers/hostile-note';
import { callApi, openOriginalOfPdf, openReader } from './support/page';
import { useWebApp } from './support/web-app';

const app = useWebApp();
const HOSTILE_QUOTE = "The EU is Bolivia's largest donor";

test.beforeEach(async () => {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const andean = briefings.find((b) => b.title.includes('Andean region'))!.id;
  await callApi(app, 'createAnnotation', { briefingId: andean, quote: HOSTILE_QUOTE, note: HOSTILE_NOTE, color: 'pink' });
});

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every securitypolicyviolation event and CSP console report from the first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const reported: Violation[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push({ directive: 'console', blocked: message.text() });
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    const win = globalThis as unknown as {
      cspViolations: Violation[];
      addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void, capture: boolean): void;
    };
    win.cspViolations = seen;
    win.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }), true);
  });
  return async () => [...(await page.evaluate(() => (globalThis as unknown as { cspViolations: Violation[] }).cspViolations)), ...reported];
}

/** The targets of a note's links, and what its images would load. */
async function noteFindings(note: Locator) {
  return {
    targets: await note.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
    images: await note.locator('img, picture, iframe, object, embed, script').count(),
    text: (await note.textContent()) ?? ''
  };
}

function expectSafe(findings: Awaited<ReturnType<typeof noteFindings>>) {
  expect(findings.targets.filter((t) => !isAllowedTarget(t))).toEqual([]);
  expect(findings.targets).toEqual(SAFE_LINKS);
  expect(findings.images).toBe(0);
  for (const words of IMAGE_WORDS) expect(findings.text).toContain(words);
  // Raw HTML is shown as the text it is.
  expect(findings.text).toContain('<a href="javascript:alert(7)">raw link</a>');
}

test("the reader's sidebar shows the note with only its web and e-mail links and no image", async ({ page }) => {
  await openReader(page, app);
  await page.getByRole('button', { name: 'Annotations' }).click();
  const item = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: HOSTILE_QUOTE });
  await expect(item.locator('.note-markdown')).toContainText('Safe: the EPRS');
  expectSafe(await noteFindings(item.locator('.note-markdown')));
  expect(await page.locator('img[src^="http"], img[src^="//"]').count()).toBe(0);
});

test('the Notes view shows the note with only its web and e-mail links and no image', async ({ page }) => {
  await openReader(page, app);
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  const card = page.locator('.annotation-card').filter({ hasText: HOSTILE_QUOTE });
  await expect(card.locator('.note-markdown')).toContainText('Safe: the EPRS');
  expectSafe(await noteFindings(card.locator('.note-markdown')));
  expect(await page.locator('img[src^="http"], img[src^="//"]').count()).toBe(0);
});

async function closeDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('no screen triggers a Content-Security-Policy violation: library, reader, search, notes, dialogs', async ({ page }) => {
  test.slow();
  const violations = await watchViolations(page);
  await openReader(page, app);
  await page.getByRole('button', { name: 'Annotations' }).click();
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText(HOSTILE_QUOTE);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('cocaine seizures');
  // The first search loads the index: give it the time a loaded machine needs.
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+f');
  await page.keyboard.type('Ecuador');
  await page.keyboard.press('Escape');

  for (const action of ['Cite this briefing', 'Briefing details']) {
    await page.getByRole('button', { name: 'More actions for this briefing' }).click();
    await page.getByRole('button', { name: `${action}…` }).click();
    await closeDialog(page, action);
  }
  await page.keyboard.press('Control+Shift+E');
  await closeDialog(page, 'Export notes');
  await page.keyboard.press('?');
  await closeDialog(page, 'Keyboard shortcuts');

  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page.locator('.annotation-card').filter({ hasText: HOSTILE_QUOTE })).toBeVisible();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  expect(await violations()).toEqual([]);
});

test('the Original view draws a PDF page without a Content-Security-Policy violation (worker, fonts, images, no eval)', async ({ page }) => {
  test.slow(); // pdf.js parses the PDF on import and draws two pages in the page.
  const violations = await watchViolations(page);
  await openOriginalOfPdf(page, app);
  const original = page.getByRole('region', { name: 'Original' });
  await expect(original.getByRole('img', { name: 'Page 1 of 5 of the original', exact: true })).toBeVisible();
  // Page 3 has the figure (a chart drawn from the PDF's own vector paths and fonts).
  await original.getByRole('button', { name: 'Next page' }).click();
  await original.getByRole('button', { name: 'Next page' }).click();
  await expect(original.getByRole('img', { name: 'Page 3 of 5 of the original', exact: true })).toBeVisible();
  expect(await violations()).toEqual([]);
});
