/**
 * One measurement per process, so that memory and start-up are measured cleanly: run.ts bundles
 * this file and runs `node --expose-gc child.cjs <step> …`, reading the JSON it prints last.
 *
 *   build-ours DIR [shardSize] [unit]   full index build, size, import/delete of one more briefing
 *   build-fts DIR                       FTS5 external-content index over the same blocks
 *   build-ms DIR                        naive MiniSearch: addAll, toJSON + JSON.stringify
 *   start-ours|start-fts|start-ms DIR   from process start to the first answered query, memory
 *   latency SIZE REPS DIR…              p50/p95 per query class, engines interleaved
 *   ideas DIR                           what each idea buys: top-k, expansion limits, cache, prefix lookup
 */
import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { Library } from '../../src/main/library/library';
import { createSearchObserver } from '../../src/main/library/search/observer';
import { rebuildIndex } from '../../src/main/library/search/rebuild';
import { deleteBriefingRows, insertBriefing } from '../../src/main/library/store/briefings';
import { openDatabase } from '../../src/main/library/store/database';
import { buildVocabulary, generateBriefing } from './corpus';
import { FTS_SOURCE_SQL, MINISEARCH_FIELDS, openFts, openMiniSearch, openOurs, type BenchEngine } from './engines';
import { CLASSES, keystrokes, querySet, type BenchQuery } from './queries';
import { summarize, type Summary } from './stats';

const MB = 1024 * 1024;

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
}

function heapMB(): number {
  gc();
  return process.memoryUsage().heapUsed / MB;
}

function sizes(dir: string, prefix: string): number {
  const db = openDatabase(dir, { readonly: true });
  const rows = db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as Array<{ name: string; bytes: number }>;
  db.close();
  return rows.filter((r) => r.name.startsWith(prefix) || r.name.startsWith(`sqlite_autoindex_${prefix}`)).reduce((n, r) => n + r.bytes, 0) / MB;
}

function buildOurs(dir: string, shardSize?: number, unit?: 'block' | 'section') {
  const started = performance.now();
  const db = openDatabase(dir);
  rebuildIndex(db, { ...(shardSize ? { shardSize } : {}), ...(unit ? { unit } : {}) });
  const buildMs = performance.now() - started;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // Importing and deleting one more briefing: what an index update costs in a library this size.
  const library = Library.open(dir);
  const observer = createSearchObserver();
  const vocab = buildVocabulary();
  const imports: number[] = [];
  const deletes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const parsed = generateBriefing(vocab, 900_000 + i);
    const id = `extra${i}`;
    let t = performance.now();
    library.db.transaction(() => {
      insertBriefing(library.db, parsed, { id, contentHash: `extra-${i}`, sourceName: 'extra.txt', parser: 'bench', now: '2026-11-28' });
      observer.briefingWritten(library.db, id);
    })();
    imports.push(performance.now() - t);
    t = performance.now();
    library.db.transaction(() => {
      observer.briefingRemoving(library.db, id);
      deleteBriefingRows(library.db, id);
    })();
    deletes.push(performance.now() - t);
  }
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  return {
    buildMs,
    sizeMB: sizes(dir, 'search_'),
    importMs: summarize(imports).p50,
    deleteMs: summarize(deletes).p50,
    peakRssMB: process.resourceUsage().maxRSS / 1024
  };
}

function buildFts(dir: string) {
  const db = openDatabase(dir);
  const started = performance.now();
  db.exec(FTS_SOURCE_SQL);
  db.transaction(() => db.exec('INSERT INTO blocks_fts (rowid, title, heading, text) SELECT id, title, heading, text FROM fts_source'))();
  const insertMs = performance.now() - started;
  db.exec("INSERT INTO blocks_fts (blocks_fts) VALUES ('optimize')");
  const buildMs = performance.now() - started;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { buildMs, insertMs, sizeMB: sizes(dir, 'blocks_fts'), peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

function buildMs(dir: string) {
  const db = openDatabase(dir, { readonly: true });
  const rows = db
    .prepare(
      'SELECT b.id, br.title, s.title AS heading, b.text FROM blocks b JOIN briefings br ON br.id = b.briefing_id LEFT JOIN sections s ON s.id = b.section_id'
    )
    .iterate() as IterableIterator<{ id: number; title: string; heading: string | null; text: string }>;
  const before = heapMB();
  const started = performance.now();
  const index = new MiniSearch({ fields: MINISEARCH_FIELDS });
  let batch: Array<{ id: number; title: string; heading: string; text: string }> = [];
  for (const row of rows) {
    batch.push({ id: row.id, title: row.title, heading: row.heading ?? '', text: row.text });
    if (batch.length === 5000) {
      index.addAll(batch);
      batch = [];
    }
  }
  index.addAll(batch);
  db.close();
  const buildMs = performance.now() - started;
  const heap = heapMB() - before;
  const serialiseStart = performance.now();
  try {
    const json = JSON.stringify(index);
    fs.writeFileSync(path.join(dir, 'minisearch.json'), json);
    return {
      buildMs,
      heapMB: heap,
      serialiseMs: performance.now() - serialiseStart,
      sizeMB: json.length / MB,
      peakRssMB: process.resourceUsage().maxRSS / 1024
    };
  } catch (error) {
    return { buildMs, heapMB: heap, serialiseMs: performance.now() - serialiseStart, error: String(error), peakRssMB: process.resourceUsage().maxRSS / 1024 };
  }
}

function start(kind: string, dir: string) {
  const base = heapMB();
  const rssBase = process.memoryUsage().rss / MB;
  const opened = performance.now();
  const engine = kind === 'ours' ? openOurs(dir) : kind === 'fts' ? openFts(dir) : openMiniSearch(dir);
  if (kind === 'ours') (engine as ReturnType<typeof openOurs>).service.ensureReady();
  const loadedAt = performance.now();
  engine.query({ text: 'cocaine seizures' });
  const answeredAt = performance.now();
  const heapAfterLoad = heapMB() - base;
  for (const list of Object.values(querySet())) for (const q of list) engine.query(q);
  const result = {
    loadMs: loadedAt - opened,
    firstQueryMs: answeredAt - loadedAt,
    sinceProcessStartMs: answeredAt,
    heapMB: heapAfterLoad,
    heapAfterQueriesMB: heapMB() - base,
    rssMB: process.memoryUsage().rss / MB - rssBase,
    rssTotalMB: process.memoryUsage().rss / MB
  };
  engine.close();
  return result;
}

/** Times `engines` on every query, `reps` passes, engine order rotated per query. */
function latency(engines: BenchEngine[], reps: number) {
  const sets = querySet();
  const samples = new Map<string, number[]>();
  const record = (key: string, ms: number) => {
    const list = samples.get(key);
    if (list) list.push(ms);
    else samples.set(key, [ms]);
  };
  const run = (label: string, queries: BenchQuery[], passes: number) => {
    for (let pass = 0; pass < passes; pass++) {
      queries.forEach((q, i) => {
        for (let k = 0; k < engines.length; k++) {
          const engine = engines[(i + pass + k) % engines.length]!;
          const t = performance.now();
          engine.query(q);
          const ms = performance.now() - t;
          record(`${engine.name}|${label}`, ms);
        }
      });
    }
  };
  for (const cls of CLASSES) run(cls, sets[cls], 1); // warm-up
  samples.clear();
  for (const cls of CLASSES) run(cls, sets[cls], reps);
  const typed = keystrokes();
  run('keystroke', typed, Math.max(1, Math.ceil(reps / 2)));
  const result: Record<string, Summary> = {};
  for (const [key, list] of samples) result[key] = summarize(list);
  const counts: Record<string, Record<string, number>> = {};
  for (const cls of CLASSES) for (const q of sets[cls]) counts[q.text] = Object.fromEntries(engines.map((e) => [e.name, e.count(q)]));
  return { latency: result, counts };
}

function ideas(dir: string) {
  const sets = querySet();
  const time = (engine: BenchEngine, queries: BenchQuery[], passes = 5) => {
    const list: number[] = [];
    for (const q of queries) engine.query(q);
    for (let p = 0; p < passes; p++) {
      for (const q of queries) {
        const t = performance.now();
        engine.query(q);
        list.push(performance.now() - t);
      }
    }
    return summarize(list);
  };
  const variants: Record<string, BenchEngine> = {
    final: openOurs(dir),
    'no top-k (rank and sort every match)': openOurs(dir, { topK: false }),
    'no expansion limits (all prefix completions, 50 near spellings)': openOurs(dir, { limits: { prefixLimit: 100_000, fuzzyLimit: 50 } }),
    'no postings cache (decode every query)': openOurs(dir, { cacheBytes: 0 })
  };
  for (const engine of Object.values(variants)) (engine as ReturnType<typeof openOurs>).service.ensureReady();
  const classes = ['common term', 'two terms', '3-letter prefix (typing)', 'misspelling', 'five terms'] as const;
  const out: Record<string, Record<string, Summary>> = {};
  for (const [name, engine] of Object.entries(variants)) {
    out[name] = {};
    for (const cls of classes) out[name]![cls] = time(engine, sets[cls]);
    out[name]!.keystroke = time(engine, keystrokes(), 2);
  }
  // Prefix lookup: binary search over the sorted vocabulary vs walking MiniSearch's radix tree.
  const db = openDatabase(dir, { readonly: true });
  const terms = (db.prepare('SELECT term FROM search_terms ORDER BY term').pluck().all() as string[]).sort();
  db.close();
  const tree = new SearchableMap<number>();
  terms.forEach((t, i) => tree.set(t, i));
  const prefixes = ['c', 'co', 'coc', 's', 'se', 'sei', 'tra', 'e', 'eu', 'gua'];
  const lookups = { 'sorted array (binary search)': [] as number[], 'SearchableMap.atPrefix (walk the subtree)': [] as number[] };
  for (let rep = 0; rep < 20; rep++) {
    for (const p of prefixes) {
      let t = performance.now();
      let lo = 0;
      let hi = terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (terms[mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < terms.length && terms[end]!.startsWith(p)) end++;
      lookups['sorted array (binary search)'].push(performance.now() - t);
      t = performance.now();
      const completions = [...tree.atPrefix(p).keys()];
      lookups['SearchableMap.atPrefix (walk the subtree)'].push(performance.now() - t);
      if (completions.length !== end - lo) throw new Error(`bench: prefix "${p}" gave ${completions.length} and ${end - lo} completions`);
    }
  }
  return { variants: out, prefixLookup: Object.fromEntries(Object.entries(lookups).map(([k, v]) => [k, summarize(v)])), vocabulary: terms.length };
}

function main(argv: string[]): unknown {
  const [step, ...args] = argv;
  switch (step) {
    case 'build-ours':
      return buildOurs(args[0]!, args[1] ? Number(args[1]) : undefined, args[2] as 'block' | 'section' | undefined);
    case 'build-fts':
      return buildFts(args[0]!);
    case 'build-ms':
      return buildMs(args[0]!);
    case 'start-ours':
    case 'start-fts':
    case 'start-ms':
      return start(step.slice(6), args[0]!);
    case 'latency': {
      const [reps, ...dirs] = args;
      const engines = dirs.map((d) => {
        const [kind, dir] = d.split('=') as [string, string];
        const engine = kind === 'ours' ? openOurs(dir) : kind === 'fts' ? openFts(dir) : openMiniSearch(dir);
        if (kind === 'ours') (engine as ReturnType<typeof openOurs>).service.ensureReady();
        return engine;
      });
      return latency(engines, Number(reps));
    }
    case 'ideas':
      return ideas(args[0]!);
    default:
      throw new Error(`bench child: unknown step "${step}"`);
  }
}

// No top-level await: this file is bundled as CommonJS (childBundle in run.ts).
void Promise.resolve(main(process.argv.slice(2))).then((value) => process.stdout.write(`\n${JSON.stringify(value)}\n`));
