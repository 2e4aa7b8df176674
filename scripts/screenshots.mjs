// Takes the README's screenshots (docs/screenshots/*.png) in Debian's Chromium against browser
// mode, on a fresh temporary library holding the bundled briefing and the sample briefings:
//   node scripts/screenshots.mjs [--out docs/screenshots]
// Builds browser mode first when it is stale, like `npm run web`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureWebBuilt, ROOT } from './build-web.mjs';

const outIndex = process.argv.indexOf('--out');
const OUT = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(ROOT, 'docs/screenshots'));
const SAMPLES = path.join(ROOT, 'tests/fixtures/samples');
/** An EPRS briefing as published (tests/fixtures/pdf/README.md: source, terms, acknowledgement). */
const PDF_SAMPLE = path.join(ROOT, 'tests/fixtures/pdf/eprs-bri-2023-brazilian-democracy-after-8-january.pdf');

async function startServer(dataDir) {
  const child = spawn(process.execPath, [path.join(ROOT, 'out/web/server.mjs'), '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (match) resolve(new URL(match[0]));
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
  });
  return { child, url };
}

async function call(url, method, input) {
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': url.hash.slice('#token='.length) },
    body: JSON.stringify(input)
  });
  const reply = await response.json();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The bundled briefing's highlights, shown by the annotation layer and the Notes view alike. */
const ANDEAN_NOTES = [
  {
    quote: 'cocaine production doubled and led to a 416 % increase in the European cocaine market',
    color: 'yellow',
    note: 'Headline figure for the **memo** — check the [EMCDDA source](https://www.emcdda.europa.eu/).',
    tags: ['markets', 'figures']
  },
  {
    quote: 'the homicide rate rose from 13.7 per 100 000 people in 2021 to about 45 in 2023',
    color: 'pink',
    note: 'Ecuador: the sharpest deterioration in the region.',
    tags: ['ecuador', 'security']
  },
  { quote: 'seized 303 tonnes of cocaine', color: 'green', note: '', tags: ['figures'] },
  {
    quote:
      'the European Commission started negotiating international agreements on the exchange of personal data between Europol and a series of Latin American countries',
    color: 'blue',
    note: 'Follow up: which countries, and the data-protection safeguards.\n\n- Colombia\n- Ecuador',
    tags: ['europol', 'data']
  },
  { quote: 'Cooperation on illegal drug-related issues has become a priority', color: 'purple', note: '', tags: ['celac'] }
];

/** A few highlights and notes in three briefings, and the bundled briefing's missing author and date. */
async function seedNotes(url, briefings) {
  const byTitle = (words) => briefings.find((b) => b.title.includes(words)).id;
  const andean = byTitle('Andean region');
  await call(url, 'updateMetadata', { id: andean, patch: { authors: [{ family: 'Jütten', given: 'Marc' }], date: '2024-04', peNumber: 'PE 760.390' } });
  const notes = [
    ...ANDEAN_NOTES.map((note) => ({ briefingId: andean, ...note })),
    {
      briefingId: byTitle('Red Sea'),
      quote: 'major shipping companies have temporarily suspended Suez transits and diverted their trade',
      color: 'green',
      tags: ['shipping', 'markets'],
      note: 'Follow up on insurance costs.'
    },
    {
      briefingId: byTitle('ethics in artificial intelligence'),
      quote: 'whether AI should be regulated',
      color: 'purple',
      tags: ['ai'],
      note: 'Key question of the whole debate.'
    }
  ];
  for (const note of notes) await call(url, 'createAnnotation', note);
}

async function main() {
  await ensureWebBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-shots-'));
  const { child, url } = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  });
  try {
    const files = fs.readdirSync(SAMPLES).filter((name) => name.endsWith('.txt'));
    await call(url, 'importFiles', { files: files.map((name) => ({ name, data: fs.readFileSync(path.join(SAMPLES, name)).toString('base64') })) });
    const briefings = await call(url, 'listBriefings', {});
    const bundled = briefings.find((b) => b.title.includes('Andean region'));
    for (const [i, b] of briefings.filter((x) => x !== bundled).entries()) {
      await call(url, 'markOpened', { id: b.id });
      await new Promise((resolve) => setTimeout(resolve, 20 * (i + 1)));
    }
    await call(url, 'saveSettings', { values: { 'reader.theme': 'light', 'library.sort': { column: 'opened', direction: 'desc' } } });
    await seedNotes(url, briefings);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const shot = async (name) => {
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${name}.png`) });
      process.stdout.write(`${path.relative(ROOT, path.join(OUT, `${name}.png`))}\n`);
    };
    const scrollTo = (text, above = 24) =>
      page.locator('[data-testid="reader-scroll"]').evaluate(
        (element, [start, margin]) => {
          const block = [...element.querySelectorAll('[data-block-id], h2, h3')].find((b) => b.textContent.startsWith(start));
          if (block) element.scrollTop += block.getBoundingClientRect().top - element.getBoundingClientRect().top - margin;
        },
        [text, above]
      );

    await page.goto(url.href);
    await page.goto(`${url.origin}/#/read/${bundled.id}`);
    await page.waitForSelector('.article');
    await page.evaluate('document.fonts.ready');
    await shot('reader-light');

    await scrollTo('Figure 1', 330);
    await shot('reader-figure-light');

    await scrollTo('Political and security issues');
    await page.keyboard.press('t');
    await shot('reader-sepia');
    await page.keyboard.press('t');
    await shot('reader-dark');
    await page.keyboard.press('t');

    await scrollTo('Introduction');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('ecuador');
    await shot('find');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Reading settings' }).click();
    await shot('reading-settings');
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await shot('shortcuts');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await shot('search-empty');
    await page.keyboard.type('cocain seizures', { delay: 30 });
    await page.waitForSelector('[role="option"]');
    await shot('search');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await shot('search-hit');

    await page.keyboard.press('Escape');
    await annotationShots(page, url, bundled.id, shot, scrollTo);

    // A note's text beside its call, with the reading progress in the toolbar; the library then
    // shows how far each briefing has been read.
    const ethics = briefings.find((b) => b.title.includes('ethics'));
    await page.goto(`${url.origin}/#/read/${ethics.id}`);
    await page.waitForSelector('.article');
    const noteCall = page.getByRole('link', { name: 'Note 3', exact: true }).first();
    await noteCall.scrollIntoViewIfNeeded();
    await noteCall.hover();
    await page.getByRole('tooltip').waitFor();
    await shot('reader-note-preview');

    await page.keyboard.press('Alt+ArrowLeft');
    await page.waitForSelector('.library-table');
    await shot('library-light');
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await shot('library-dark');
    await page.keyboard.press('t');

    // Notes view, then the cite, details and export dialogs, in the light and the dark theme.
    for (const theme of ['light', 'dark']) {
      await call(url, 'saveSettings', { values: { 'reader.theme': theme } });
      await page.goto(`${url.origin}/#/notes`);
      await page.reload();
      await page.waitForSelector('.annotation-card');
      await shot(`notes-${theme}`);
      await page.getByRole('button', { name: 'Export notes' }).click();
      await page.waitForSelector('.export-dialog');
      await shot(`export-${theme}`);
      await page.keyboard.press('Escape');
      await page.goto(`${url.origin}/#/read/${bundled.id}`);
      await page.waitForSelector('.article');
      await page.keyboard.press('Control+i');
      await page.waitForSelector('.metadata-dialog input');
      await shot(`metadata-${theme}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'More actions for this briefing' }).click();
      await page.getByRole('button', { name: 'Cite this briefing…' }).click();
      await page.waitForSelector('.citation-reference');
      await shot(`cite-${theme}`);
      await page.keyboard.press('Escape');
    }
    await call(url, 'saveSettings', { values: { 'reader.theme': 'light' } });
    await originalShots(page, url, shot);
    await narrowAndPrintShots(page, url, bundled.id, shot, scrollTo);
    await factsShots(page, url, bundled.id, shot);
  } finally {
    await browser.close();
    child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Page-side: selects `needle` in the article, as a drag would. */
const SELECT = `(needle) => {
  for (const el of document.querySelectorAll('[data-text]')) {
    const index = el.textContent.indexOf(needle);
    if (index < 0) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (at + node.length > index && range.startContainer === document) range.setStart(node, index - at);
      if (at + node.length >= index + needle.length) { range.setEnd(node, index + needle.length - at); break; }
      at += node.length;
    }
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return;
  }
}`;

/** The annotation layer: selection toolbar, sidebar, note editor with tag autocomplete, update result; light and dark. */
async function annotationShots(page, url, briefingId, shot, scrollTo) {
  await page.reload();
  await page.waitForSelector('.article');
  await page.evaluate('document.fonts.ready');
  const cycleToDark = async () => {
    await page.locator('[data-testid="reader-scroll"]').focus();
    await page.keyboard.press('t');
    await page.keyboard.press('t');
  };
  const backToLight = async () => {
    await page.locator('[data-testid="reader-scroll"]').focus();
    await page.keyboard.press('t');
  };

  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await cycleToDark();
    await scrollTo('Political instability', 220);
    await page.evaluate(
      `(${SELECT})(${JSON.stringify('Political instability experienced in Andean countries in recent years goes hand in hand with a worsening public security situation')})`
    );
    await page.waitForSelector('.selection-toolbar');
    await shot(`annotations-toolbar-${theme}`);
    await page.evaluate('getSelection().removeAllRanges()');

    await page.locator('[data-testid="reader-scroll"]').focus();
    await page.keyboard.press('a');
    await page
      .locator('.annotation-item')
      .nth(0)
      .click({ position: { x: 40, y: 12 } });
    await shot(`annotations-sidebar-${theme}`);

    await page.getByRole('button', { name: 'Edit note, tags and colour' }).nth(2).click();
    await page.getByRole('combobox', { name: 'Add a tag' }).pressSequentially('e', { delay: 40 });
    await page.waitForSelector('.tag-suggestion');
    await page.keyboard.press('ArrowDown');
    await shot(`annotations-editor-${theme}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    const edited = fs
      .readFileSync(path.join(ROOT, 'resources/briefings/andean-drug-trafficking.txt'), 'utf8')
      .replace('cocaine production doubled', theme === 'light' ? 'cocaine output doubled' : 'cocaine output more than doubled')
      .replace(' Almost 40 % of the criminal networks active in the EU are involved in the illegal drugs trade.', '')
      .replace('seized 303 tonnes of cocaine', theme === 'light' ? 'confiscated a record amount of drugs' : 'confiscated a record amount of narcotics');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-edition-'));
    fs.writeFileSync(path.join(dir, 'andean-drug-trafficking-v2.txt'), edited);
    await page.locator('[data-testid="update-input"]').setInputFiles(path.join(dir, 'andean-drug-trafficking-v2.txt'));
    await page.waitForSelector('.update-dialog');
    await shot(`annotations-update-${theme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'What changed?' }).first().click();
    await page.waitForSelector('.diff');
    await shot(`annotations-changes-${theme}`);
    fs.rmSync(dir, { recursive: true, force: true });
    await page.getByRole('button', { name: 'Close annotations' }).click();
    if (theme === 'dark') await backToLight();
  }
}

main().catch((error) => {
  process.stderr.write(`Screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

/** The reader's Facts panel at its flags, a flag in the margin, then the Facts view charting the seizures across two briefings. */
async function factsShots(page, url, briefingId, shot) {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${url.origin}/#/read/${briefingId}`);
  // A fresh page: no selection or toolbar left from the annotation shots.
  await page.reload();
  await page.waitForSelector('.article');
  await page.getByRole('button', { name: 'Facts and figures' }).click();
  const panel = page.getByRole('region', { name: 'Facts and figures in this briefing' });
  await panel.getByRole('tab', { name: /^Flags/ }).click();
  await panel
    .getByText(/0\.66 % per 100 000 inhabitants/)
    .first()
    .waitFor();
  await shot('facts-panel');
  await page.getByRole('button', { name: 'Close the facts panel' }).click();
  await page.getByRole('button', { name: /^Suspicious unit: / }).scrollIntoViewIfNeeded();
  await shot('facts-margin');

  // A second briefing that goes on with the bundled one's cocaine seizures: the chart has a line to draw.
  const ports = fs.readFileSync(path.join(ROOT, 'tests/fixtures/facts/ports.txt'));
  await call(url, 'importFiles', { files: [{ name: 'ports.txt', data: ports.toString('base64') }] });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${url.origin}/#/facts`);
  await page.getByRole('searchbox', { name: 'Measure' }).fill('cocaine');
  await page.getByRole('searchbox', { name: 'Entity' }).fill('EU Member State');
  await page.getByRole('searchbox', { name: 'Unit' }).fill('tonnes');
  await page.getByText(/facts in 2 briefings/).waitFor();
  await page.getByTestId('fact-chart').locator('svg[role="img"]').waitFor();
  await page.getByText('Data table').click();
  await shot('facts-view');
}

/** A PDF briefing with its Original page beside the text, light and dark, then over the text at 800 × 600. */
async function originalShots(page, url, shot) {
  const [imported] = await call(url, 'importFiles', { files: [{ name: path.basename(PDF_SAMPLE), data: fs.readFileSync(PDF_SAMPLE).toString('base64') }] });
  const drawn = (n) => page.getByRole('img', { name: `Page ${n} of 5 of the original`, exact: true }).waitFor();
  for (const theme of ['light', 'dark']) {
    await call(url, 'saveSettings', { values: { 'reader.theme': theme } });
    await page.goto(`${url.origin}/#/read/${imported.id}`);
    await page.reload();
    await page.waitForSelector('.article');
    await page.getByRole('button', { name: 'Original', exact: true }).click();
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Outlook' }).click();
    await drawn(3);
    await shot(`original-${theme}`);
  }
  await call(url, 'saveSettings', { values: { 'reader.theme': 'light' } });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.reload();
  // Reopened where it was left (at Outlook), with the contents closed at this width.
  await page.waitForSelector('.article');
  await page.getByRole('button', { name: 'Original', exact: true }).click();
  await page.mouse.move(400, 500);
  await drawn(3);
  await shot('narrow-original');
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The library, reader and find bar at 800 × 600, then the first two pages of the printed briefing. */
async function narrowAndPrintShots(page, url, briefingId, shot, scrollTo) {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${url.origin}/#/`);
  await page.reload();
  await page.waitForSelector('.library-table');
  await shot('narrow-library');
  await page.goto(`${url.origin}/#/read/${briefingId}`);
  await page.waitForSelector('.article');
  await scrollTo('Introduction');
  await shot('narrow-reader');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('ecuador');
  await shot('narrow-find');
  await page.keyboard.press('Escape');

  // Chromium's PDF of the reading view, as "Save as PDF" makes it, rendered back to images.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-print-'));
  const pdf = path.join(dir, 'briefing.pdf');
  fs.writeFileSync(pdf, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  await new Promise((resolve, reject) => {
    const child = spawn('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, path.join(dir, 'page')], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pdftoppm exited with ${code}`))));
    child.on('error', reject);
  });
  for (const [i, name] of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.png'))
    .sort()
    .entries()) {
    const target = path.join(OUT, `print-page-0${i + 1}.png`);
    fs.copyFileSync(path.join(dir, name), target);
    process.stdout.write(`${path.relative(ROOT, target)}\n`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
