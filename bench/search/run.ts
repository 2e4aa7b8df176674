/**
 * `npm run bench:search [-- --sizes 100,1000,10000] [--reps N] [--naive-10k] [--no-ideas]`
 *
 * For each size: generate (or reuse) the library, build our index, FTS5 and naive MiniSearch on
 * copies of it, measure start-up and memory in fresh processes and latency per query class with
 * the engines interleaved in one process; at 1,000 briefings also what each idea bought. Prints
 * Markdown tables (machine, date) and writes them to bench/results/search.md.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { CLASSES } from './queries';
import { copyContent, corpusStats, DATA_DIR, ensureContent, engineDir } from './library';
import type { Summary } from './stats';
import { bundledBriefingLoad } from './bundled';

export interface Options {
  sizes: number[];
  reps: number | null;
  naive10k: boolean;
  ideas: boolean;
  /** The line of matching blocks per query, to check that the engines find the same things. */
  counts: boolean;
}

type Log = (line?: string) => void;

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: [100, 1000, 10000], reps: null, naive10k: false, ideas: true, counts: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') options.sizes = argv[++i]!.split(',').map(Number);
    else if (arg === '--reps') options.reps = Number(argv[++i]);
    else if (arg === '--naive-10k') options.naive10k = true;
    else if (arg === '--no-ideas') options.ideas = false;
    else throw new Error(`bench:search: unknown option "${arg}"`);
  }
  return options;
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

/** The measuring child, bundled so that each measurement starts a plain Node process. */
export function childBundle(): string {
  const outfile = path.join(DATA_DIR, '.build', 'child.cjs');
  buildSync({
    entryPoints: [path.resolve('bench/search/child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'error'
  });
  return outfile;
}

function child<T>(bundle: string, args: string[], heapMB = 8192): T {
  const out = execFileSync(process.execPath, ['--expose-gc', `--max-old-space-size=${heapMB}`, bundle, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const last = out.trim().split('\n').pop()!;
  return JSON.parse(last) as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const f = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(digits));
const cell = (s: Summary | undefined) => (s ? `${f(s.p50, 2)} / ${f(s.p95, 2)}` : '–');

interface StartResult {
  loadMs: number;
  firstQueryMs: number;
  sinceProcessStartMs: number;
  heapMB: number;
  heapAfterQueriesMB: number;
  rssMB: number;
  rssTotalMB: number;
}

function startRuns(bundle: string, kind: string, dir: string, runs = 3): StartResult {
  const results = Array.from({ length: runs }, () => child<StartResult>(bundle, [`start-${kind}`, dir]));
  const pick = (key: keyof StartResult) => median(results.map((r) => r[key]));
  return {
    loadMs: pick('loadMs'),
    firstQueryMs: pick('firstQueryMs'),
    sinceProcessStartMs: pick('sinceProcessStartMs'),
    heapMB: pick('heapMB'),
    heapAfterQueriesMB: pick('heapAfterQueriesMB'),
    rssMB: pick('rssMB'),
    rssTotalMB: pick('rssTotalMB')
  };
}

type Latency = { latency: Record<string, Summary>; counts: Record<string, Record<string, number>> };

/** Measures the three engines on the generated library of `size` briefings; tables go to `log`. */
export function runSize(bundle: string, size: number, options: Options, log: Log): void {
  progress(`\n== ${size} briefings`);
  ensureContent(size, progress);
  const stats = corpusStats(size);
  const reps = options.reps ?? (size <= 100 ? 30 : size <= 1000 ? 15 : 5);
  progress('  building our index…');
  const oursDir = copyContent(size, 'ours');
  const ours = child<{ buildMs: number; sizeMB: number; importMs: number; deleteMs: number; peakRssMB: number }>(bundle, ['build-ours', oursDir]);
  progress('  building FTS5…');
  const ftsDir = copyContent(size, 'fts');
  const fts = child<{ buildMs: number; sizeMB: number; peakRssMB: number }>(bundle, ['build-fts', ftsDir]);
  const withMiniSearch = size <= 1000 || options.naive10k;
  let ms: { buildMs: number; heapMB: number; serialiseMs: number; sizeMB?: number; error?: string; peakRssMB: number } | null = null;
  const msDir = engineDir(size, 'ms');
  if (withMiniSearch) {
    progress('  building naive MiniSearch…');
    copyContent(size, 'ms');
    ms = child(bundle, ['build-ms', msDir], 16384);
  }
  const msLoadable = ms !== null && ms.error === undefined;
  progress('  start-up runs…');
  const startOurs = startRuns(bundle, 'ours', oursDir);
  const startFts = startRuns(bundle, 'fts', ftsDir);
  const startMs = msLoadable ? startRuns(bundle, 'ms', msDir, size >= 1000 ? 1 : 3) : null;
  progress(`  latency (${reps} passes)…`);
  const a = child<Latency>(bundle, ['latency', String(reps), `ours=${oursDir}`, `fts=${ftsDir}`]);
  const b = msLoadable ? child<Latency>(bundle, ['latency', String(Math.max(2, Math.ceil(reps / 3))), `ms=${msDir}`, `fts=${ftsDir}`]) : null;

  log(
    `### ${size.toLocaleString('en')} briefings (${stats.sections.toLocaleString('en')} sections, ${stats.blocks.toLocaleString('en')} blocks, ${(stats.words / 1e6).toFixed(1)} M words)`
  );
  log();
  log(
    '| engine | build s | persisted MB | ready after process start ms | load ms | first query ms | heap MB (after 60 queries) | RSS growth MB | update: import / delete one briefing ms |'
  );
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  log(
    `| ours (blocks) | ${f(ours.buildMs / 1000)} | ${f(ours.sizeMB)} | ${f(startOurs.sinceProcessStartMs)} | ${f(startOurs.loadMs)} | ${f(startOurs.firstQueryMs)} | ${f(startOurs.heapMB)} (${f(startOurs.heapAfterQueriesMB)}) | ${f(startOurs.rssMB)} | ${f(ours.importMs)} / ${f(ours.deleteMs)} |`
  );
  log(
    `| SQLite FTS5 | ${f(fts.buildMs / 1000)} | ${f(fts.sizeMB)} | ${f(startFts.sinceProcessStartMs)} | ${f(startFts.loadMs)} | ${f(startFts.firstQueryMs)} | ${f(startFts.heapMB)} (${f(startFts.heapAfterQueriesMB)}) | ${f(startFts.rssMB)} | – |`
  );
  if (ms) {
    log(
      ms.error
        ? `| naive MiniSearch | ${f(ms.buildMs / 1000)} | fails: ${ms.error} | – | – | – | ${f(ms.heapMB)} | – | – |`
        : `| naive MiniSearch | ${f(ms.buildMs / 1000)} (+${f(ms.serialiseMs / 1000)} to serialise) | ${f(ms.sizeMB)} | ${f(startMs!.sinceProcessStartMs)} | ${f(startMs!.loadMs)} | ${f(startMs!.firstQueryMs)} | ${f(startMs!.heapMB)} (${f(startMs!.heapAfterQueriesMB)}) | ${f(startMs!.rssMB)} | – |`
    );
  } else
    log('| naive MiniSearch | not run at this size (320 s build, 2.35 GB heap, JSON.stringify fails: see research; `--naive-10k` runs it) | | | | | | | |');
  log();
  log('Latency, p50 / p95 ms (top 10 with snippets; engines interleaved in one process):');
  log();
  log(`| engine | ${CLASSES.join(' | ')} | keystroke |`);
  log(`|---|${CLASSES.map(() => '---:').join('|')}|---:|`);
  const row = (name: string, data: Latency | null, key: string) =>
    data ? log(`| ${name} | ${CLASSES.map((c) => cell(data.latency[`${key}|${c}`])).join(' | ')} | ${cell(data.latency[`${key}|keystroke`])} |`) : undefined;
  row('ours', a, 'ours');
  row('SQLite FTS5', a, 'FTS5');
  row('naive MiniSearch', b, 'MiniSearch');
  if (b) row('↳ FTS5 in the MiniSearch run', b, 'FTS5');
  log();
  if (options.counts) logCounts(log, a, b);
  if (options.ideas && size === 1000) runIdeas(bundle, size, oursDir, ours, reps, log);
}

function logCounts(log: Log, a: Latency, b: Latency | null): void {
  const misses: string[] = [];
  for (const [query, counts] of Object.entries(a.counts)) {
    const msCount = b?.counts[query]?.MiniSearch;
    misses.push(`${query}: ${counts.ours} / ${counts.FTS5}${msCount === undefined ? '' : ` / ${msCount}`}`);
  }
  log(`Matching blocks per query (ours / FTS5${b ? ' / MiniSearch' : ''}): ${misses.join('; ')}.`);
  log();
}

function runIdeas(
  bundle: string,
  size: number,
  oursDir: string,
  baseline: { buildMs: number; sizeMB: number; importMs: number; deleteMs: number },
  reps: number,
  log: Log
): void {
  progress('  ideas…');
  const ideas = child<{ variants: Record<string, Record<string, Summary>>; prefixLookup: Record<string, Summary>; vocabulary: number }>(bundle, [
    'ideas',
    oursDir
  ]);
  log(`#### What each idea bought (${size.toLocaleString('en')} briefings; p50 / p95 ms)`);
  log();
  const classes = ['common term', 'two terms', '3-letter prefix (typing)', 'misspelling', 'five terms', 'keystroke'];
  log(`| variant | ${classes.join(' | ')} |`);
  log(`|---|${classes.map(() => '---:').join('|')}|`);
  for (const [name, data] of Object.entries(ideas.variants)) log(`| ${name} | ${classes.map((c) => cell(data[c])).join(' | ')} |`);
  log();
  log(
    `Prefix lookup over the ${ideas.vocabulary.toLocaleString('en')}-term vocabulary (10 prefixes of 1–3 letters, all completions): ${Object.entries(
      ideas.prefixLookup
    )
      .map(([k, v]) => `${k} ${cell(v)}`)
      .join('; ')}.`
  );
  log();
  log('| index layout | build s | persisted MB | import / delete one briefing ms | common term | two terms | phrase | five terms |');
  log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const layouts: Array<[string, string[]]> = [
    ['blocks, shards of 4,096 ids (final)', []],
    ['blocks, shards of 1,024 ids', ['1024']],
    ['blocks, shards of 16,384 ids', ['16384']],
    ['sections as units, shards of 4,096', ['4096', 'section']]
  ];
  for (const [name, args] of layouts) {
    const dir = args.length === 0 ? oursDir : copyContent(size, `ours-${args.join('-')}`);
    const built = args.length === 0 ? baseline : child<typeof baseline>(bundle, ['build-ours', dir, ...args]);
    const lat = child<Latency>(bundle, ['latency', String(Math.max(3, Math.ceil(reps / 3))), `ours=${dir}`]);
    const at = (c: string) => cell(lat.latency[`ours|${c}`]);
    log(
      `| ${name} | ${f(built.buildMs / 1000)} | ${f(built.sizeMB)} | ${f(built.importMs)} / ${f(built.deleteMs)} | ${at('common term')} | ${at('two terms')} | ${at('phrase')} | ${at('five terms')} |`
    );
  }
  log();
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const lines: string[] = [];
  const log: Log = (line = '') => {
    process.stdout.write(`${line}\n`);
    lines.push(line);
  };
  const bundle = childBundle();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  log(`## Search benchmark — ${new Date().toISOString().slice(0, 10)}`);
  log();
  log(
    `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}. Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}.`
  );
  log();
  const bundled = await bundledBriefingLoad();
  log(
    `Bundled briefing: import with index update ${f(bundled.importMs.p50)} ms; index load in a fresh engine ${f(bundled.loadMs.p50)} ms; first query ${f(bundled.firstQueryMs.p50)} ms (medians of 5).`
  );
  log();
  for (const size of options.sizes) runSize(bundle, size, options, log);
  const out = path.resolve('bench/results/search.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  progress(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) void main();
