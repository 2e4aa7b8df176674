/**
 * Scrolling a very long briefing in the reading view: is it smooth? Generates a briefing 50 times
 * the bundled one (its body repeated with numbered headings), imports it into browser mode on a
 * temporary library, opens it in Chromium and scrolls through it the way a reader does — steady
 * wheel-like scrolling, fast flicks, jumps from the table of contents — while recording every
 * frame (requestAnimationFrame intervals) and every long animation frame the browser reports.
 *
 *   npx tsx bench/reader-scroll.ts [--times 50] [--content-visibility]
 *
 * `--content-visibility` adds `content-visibility: auto` to the sections (the alternative the
 * reader does not use) to compare.
 *
 * Needs the browser-mode build (npm run web builds it) and Chromium at /usr/bin/chromium.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const REPO = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const times = Number(args[args.indexOf('--times') + 1] ?? 50) || 50;
const withContentVisibility = args.includes('--content-visibility');

/** The bundled briefing with its body (Introduction … before MAIN REFERENCES) repeated `n` times. */
function longBriefing(n: number): string {
  const text = fs.readFileSync(path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt'), 'utf8');
  const start = text.indexOf('\nIntroduction\n');
  const end = text.indexOf('\nMAIN REFERENCES');
  const body = text.slice(start, end);
  const headings = [
    'Introduction',
    'International dimension of EU strategy on drug trafficking and organised crime',
    'EU-CELAC cooperation on drug-related issues',
    'Political and security issues in Andean Community countries: Bolivia, Colombia, Ecuador and Peru',
    "Outlook: El Salvador's war on drugs to become a template?"
  ];
  const parts = Array.from({ length: n }, (_, i) => headings.reduce((part, heading) => part.replace(`\n${heading}\n`, `\n${heading} (part ${i + 1})\n`), body));
  return `${text.slice(0, start)}${parts.join('\n')}${text.slice(end)}`.replace(
    'EU cooperation with Latin America',
    `Long briefing (${n}×): EU cooperation with Latin America`
  );
}

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, [path.join(REPO, 'out/web/server.mjs'), '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (match) resolve(match[0]);
    });
  });
  return { child, url: new URL(url) };
}

async function call<T>(url: URL, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': url.hash.slice('#token='.length) },
    body: JSON.stringify(input)
  });
  const reply = (await response.json()) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * Runs in the page (a string, because the benchmark is compiled without DOM types and tsx would
 * wrap functions in helpers the page does not have): steady reading-speed scrolling, fast flicks,
 * jumps across the document as from the table of contents, and back up — recording each frame.
 */
const SCROLL_SCRIPT = `(async () => {
  const scroller = document.querySelector('[data-testid="reader-scroll"]');
  const long = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => long.push(entry.duration)));
  observer.observe({ type: 'long-animation-frame', buffered: false });
  const phases = {};
  let frames = [];
  const run = (name, step, count) => new Promise((resolve) => {
    frames = phases[name] = [];
    let last = performance.now();
    let i = 0;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (i >= count) return resolve();
      step(i++);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await run('steady scrolling, 40 px a frame (2,400 px/s)', () => scroller.scrollBy(0, 40), 600);
  await run('fast flicks, 400 px a frame (24,000 px/s)', () => scroller.scrollBy(0, 400), 300);
  await run('scrolling back up, 120 px a frame', () => scroller.scrollBy(0, -120), 300);
  await run('jumps to random places (as from the contents)', (i) => scroller.scrollTo(0, (((i * 7919) % 100) / 100) * scroller.scrollHeight), 60);
  observer.disconnect();
  return { phases, long, height: scroller.scrollHeight, blocks: document.querySelectorAll('[data-block-id]').length };
})()`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: values.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-bench-'));
  const { child, url } = await startServer(dataDir);
  try {
    await measure(url);
  } finally {
    child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(url: URL) {
  const text = longBriefing(times);
  const [outcome] = await call<Array<{ id?: string; blocks?: number; sections?: number; error?: string }>>(url, 'importFiles', {
    files: [{ name: `long-${times}x.txt`, data: Buffer.from(text).toString('base64') }]
  });
  if (!outcome?.id) throw new Error(`import failed: ${outcome?.error}`);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: withContentVisibility });
  const page = await context.newPage();
  const opened = Date.now();
  await page.goto(`${url.origin}/${url.hash}`);
  await page.evaluate(`window.location.hash = '#/read/${outcome.id}'`);
  await page.waitForSelector('.article .end-part', { state: 'attached', timeout: 60_000 });
  const openMs = Date.now() - opened;
  const opening = (await page.evaluate(`(() => {
    const r = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/getBriefing'));
    const frames = performance.getEntriesByType('long-animation-frame').filter((f) => r && f.startTime >= r.responseEnd - 5);
    return {
      requestMs: r ? Math.round(r.responseStart - r.requestStart) : null,
      downloadMs: r ? Math.round(r.responseEnd - r.responseStart) : null,
      bytes: r ? r.encodedBodySize : null,
      frames: frames.map((f) => ({ ms: Math.round(f.duration), script: Math.round(f.scripts.reduce((t, s) => t + s.duration, 0)), layout: Math.round(f.duration - (f.renderStart ? f.renderStart - f.startTime : f.duration)), style: Math.round(f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0) }))
    };
  })()`)) as { requestMs: number; downloadMs: number; bytes: number; frames: Array<{ ms: number; script: number; layout: number; style: number }> };
  if (withContentVisibility) await page.addStyleTag({ content: '.section { content-visibility: auto; contain-intrinsic-size: auto 1200px; }' });
  await page.waitForTimeout(1000);

  const result = (await page.evaluate(SCROLL_SCRIPT)) as { phases: Record<string, number[]>; long: number[]; height: number; blocks: number };

  console.log(
    `reader-scroll: ${times}× briefing, ${text.length.toLocaleString('en')} characters, ${result.blocks} blocks, ${outcome.sections} sections, content-visibility ${withContentVisibility ? 'auto on sections' : 'none'}`
  );
  console.log(
    `  open (navigation until the end matter is rendered): ${openMs} ms; getBriefing answered in ${opening.requestMs} ms, ${(opening.bytes / 1e6).toFixed(1)} MB in ${opening.downloadMs} ms; scroll height ${Math.round(result.height).toLocaleString('en')} px`
  );
  console.log(
    `  long frames while opening: ${opening.frames.map((f) => `${f.ms} ms (script ${f.script}, render ${f.layout}, style+layout ${f.style})`).join('; ')}`
  );
  console.log('  | phase | frames | p50 | p95 | p99 | max | frames > 50 ms |');
  for (const [name, frames] of Object.entries(result.phases)) {
    const f = stats(frames.slice(1));
    const over = frames.slice(1).filter((ms) => ms > 50).length;
    console.log(`  | ${name} | ${f.count} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.max.toFixed(1)} | ${over} |`);
  }
  console.log(`  long animation frames reported: ${result.long.length}${result.long.length ? ` (max ${Math.max(...result.long).toFixed(0)} ms)` : ''}`);
  await browser.close();
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
