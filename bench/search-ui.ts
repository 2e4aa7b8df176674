/**
 * `npm run bench:ui [-- --sizes 1000,10000]`: keystroke to results on screen, in the real UI —
 * browser mode in Debian's Chromium on a library of N generated briefings, the search palette
 * typed into key by key at a brisk typist's pace (one key every 120 ms).
 *
 * For each keystroke: from its keydown to the first frame painted after the palette shows the
 * answer to that query or a newer one (a query overtaken while typing is answered by the next),
 * read from `data-answered-query` on the results. Timestamps are taken in the page, so the
 * figures include the request, the search in the worker, React's render and the frame.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { copyContent, engineDir, ensureContent } from './search/library';
import { summarize, type Summary } from './search/stats';

const ROOT = path.resolve(__dirname, '..');
const KEY_GAP_MS = 120;
/** Typed in full, one key at a time: words of the generated briefings, and a typo. */
const TYPED = ['cocaine seizures guayaquil', 'europol macias', 'trafficing routes', 'police corruption prison'];

export interface UiResult {
  briefings: number;
  keystrokes: Summary;
  /** Keystrokes whose own answer was shown (the others were overtaken by a later key). */
  ownAnswers: number;
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'out/web/server.mjs'), '--no-open', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (match) resolve(new URL(match[0]));
    });
    child.on('exit', (code) => reject(new Error(`bench:ui: browser mode exited with ${code}`)));
  });
  return { child, url };
}

async function searchApi(url: URL, query: string): Promise<{ indexing?: unknown; total: number }> {
  const response = await fetch(`${url.origin}/api/search`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': url.hash.slice('#token='.length) },
    body: JSON.stringify({ query })
  });
  const reply = (await response.json()) as { ok: boolean; value: { indexing?: unknown; total: number }; error?: string };
  if (!reply.ok) throw new Error(`bench:ui: ${reply.error}`);
  return reply.value;
}

/** A library of `size` briefings with its search index, reused between runs. */
async function indexedLibrary(size: number, log: (line: string) => void): Promise<string> {
  const dir = engineDir(size, 'ui');
  const marker = path.join(dir, 'indexed');
  if (fs.existsSync(marker)) return dir;
  ensureContent(size, log);
  copyContent(size, 'ui');
  log(`  indexing ${size} briefings in browser mode…`);
  const { child, url } = await startServer(dir);
  try {
    while ((await searchApi(url, 'cocaine')).indexing) await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    child.kill('SIGTERM');
  }
  fs.writeFileSync(marker, '');
  return dir;
}

/**
 * The in-page clocks: keydown times per resulting field value, and paint times per answered query.
 * Page code is passed as text: this project type-checks bench/ without the DOM's types.
 */
const INSTRUMENT = `(() => {
  window.keys = [];
  window.answers = [];
  const field = document.querySelector('input[role="combobox"]');
  let downAt = 0;
  field.addEventListener('keydown', () => (downAt = performance.now()), true);
  field.addEventListener('input', () => window.keys.push({ value: field.value, at: downAt }));
  const body = document.querySelector('.search-body');
  new MutationObserver(() => {
    const query = body.getAttribute('data-answered-query') || '';
    requestAnimationFrame(() => window.answers.push({ query, at: performance.now() }));
  }).observe(body, { attributes: true, attributeFilter: ['data-answered-query'] });
})()`;
const RESET = '(() => { window.keys = []; window.answers = []; })()';
const TWO_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';
const READ = '({ keys: window.keys, answers: window.answers })';

async function typeAndMeasure(page: Page, text: string): Promise<{ latencies: number[]; own: number }> {
  const field = page.getByRole('combobox', { name: 'Search the library' });
  await field.fill('');
  await page.evaluate(RESET);
  await field.pressSequentially(text, { delay: KEY_GAP_MS });
  // Wait for the answer to the whole text, then read both clocks.
  await page.locator(`.search-body[data-answered-query="${text}"]`).waitFor();
  await page.evaluate(TWO_FRAMES);
  const { keys, answers } = (await page.evaluate(READ)) as { keys: Array<{ value: string; at: number }>; answers: Array<{ query: string; at: number }> };
  const order = new Map(keys.map((k, i) => [k.value, i]));
  const latencies: number[] = [];
  let own = 0;
  keys.forEach((key, i) => {
    const answer = answers.find((a) => (order.get(a.query) ?? -1) >= i && a.at >= key.at);
    if (!answer) return;
    if (answer.query === key.value) own++;
    latencies.push(answer.at - key.at);
  });
  return { latencies, own };
}

export async function uiBench(sizes: number[], log: (line: string) => void = () => undefined): Promise<UiResult[]> {
  const { ensureWebBuilt } = await import('../scripts/build-web.mjs');
  await ensureWebBuilt();
  const results: UiResult[] = [];
  for (const size of sizes) {
    const dir = await indexedLibrary(size, log);
    const { child, url } = await startServer(dir);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url.href);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search the library' }).waitFor();
      await page.evaluate(INSTRUMENT);
      // One untimed pass warms the engine's caches, as a session's first searches do.
      await typeAndMeasure(page, TYPED[0]!);
      const latencies: number[] = [];
      let own = 0;
      for (const text of TYPED) {
        const run = await typeAndMeasure(page, text);
        latencies.push(...run.latencies);
        own += run.own;
      }
      results.push({ briefings: size, keystrokes: summarize(latencies), ownAnswers: own });
      log(`  ${size} briefings: ${latencies.length} keystrokes, p50 ${summarize(latencies).p50.toFixed(0)} ms, p95 ${summarize(latencies).p95.toFixed(0)} ms`);
    } finally {
      await browser.close();
      child.kill('SIGTERM');
    }
  }
  return results;
}

export function uiTable(results: UiResult[]): string[] {
  const ms = (n: number) => n.toFixed(0);
  return [
    '| briefings | keystrokes | own answer shown | keydown → results on screen, median ms | p95 ms | max ms |',
    '|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.briefings.toLocaleString('en')} | ${r.keystrokes.n} | ${r.ownAnswers} | ${ms(r.keystrokes.p50)} | ${ms(r.keystrokes.p95)} | ${ms(r.keystrokes.max)} |`
    )
  ];
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--sizes');
  const sizes = at > 0 ? process.argv[at + 1]!.split(',').map(Number) : [1000, 10000];
  const machine = `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at start`;
  const results = await uiBench(sizes, (line) => process.stderr.write(`${line}\n`));
  console.log(`Keystroke to results, ${new Date().toISOString().slice(0, 10)} · ${machine} · one key every ${KEY_GAP_MS} ms\n`);
  console.log(uiTable(results).join('\n'));
}

if (require.main === module) void main();
