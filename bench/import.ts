/**
 * Import benchmark: how long the bundled briefing and the four sample publications take to
 * parse (decoded text → document model) and to import as a whole (read, decode, hash, parse, write
 * every row and update the search index in one durable transaction) into a fresh library.
 * The target: the bundled briefing imports in well under 100 ms.
 *
 *   npx tsx bench/import.ts [--runs 30]      (bench/run.ts runs it as part of `npm run bench`)
 *
 * Prints a Markdown table with the machine and the date; writes nothing outside temporary folders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeBriefingBytes } from '../src/main/library/import/decode';
import { textParserFor } from '../src/main/library/import/registry';
import { Library } from '../src/main/library/library';
import { openLibrary } from '../src/main/library/open';
import { summarize, type Summary } from './search/stats';

const REPO = path.resolve(__dirname, '..');
export const BUNDLED_BRIEFING = path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt');
const FILES = [
  BUNDLED_BRIEFING,
  ...fs
    .readdirSync(path.join(REPO, 'tests/fixtures/samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(REPO, 'tests/fixtures/samples', f))
];
const WARM_UP = 5;

function timeRuns(runs: number, fn: () => void): number[] {
  for (let i = 0; i < WARM_UP; i++) fn();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}

/**
 * Imports `file` into a new library `runs` times; only the import itself is timed. `withSearch`
 * opens the library as the app does (the search index updated in the same transaction); without
 * it, the bare `Library` shows what reading and storing cost on their own.
 */
async function timeImports(file: string, runs: number, withSearch: boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
    const library = withSearch ? openLibrary(dir).library : Library.open(dir);
    try {
      const start = performance.now();
      const [outcome] = await library.importFiles([file]);
      const elapsed = performance.now() - start;
      if (!outcome || 'error' in outcome) throw new Error(`import of ${file} failed: ${JSON.stringify(outcome)}`);
      if (i >= WARM_UP) samples.push(elapsed);
    } finally {
      library.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return samples;
}

export interface ImportRow {
  file: string;
  bytes: number;
  sections: number;
  blocks: number;
  parse: Summary;
  /** MiB of source text parsed per second, at the median. */
  parseThroughput: number;
  import: Summary;
  importWithoutIndex: Summary;
}

/** Parses each file `runs × 10` times and imports it `runs` times with and without the index. */
export async function importBench(runs: number, files: readonly string[] = FILES): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  // One file at a time: imports are asynchronous, and interleaved ones would each be timed with the others' work.
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const name = path.basename(file);
    const text = decodeBriefingBytes(bytes, name);
    const parser = await textParserFor(text, name);
    const parsed = parser.parse(text, name);
    // Parsing is cheap and has no disk in it, so it gets more runs for a steadier median.
    const parse = summarize(timeRuns(runs * 10, () => parser.parse(text, name)));
    rows.push({
      file: name,
      bytes: bytes.length,
      sections: parsed.sections.length,
      blocks: parsed.blocks.length,
      parse,
      parseThroughput: bytes.length / 2 ** 20 / (parse.p50 / 1000),
      import: summarize(await timeImports(file, runs, true)),
      importWithoutIndex: summarize(await timeImports(file, runs, false))
    });
  }
  return rows;
}

/** The rows as a Markdown table. */
export function importTable(rows: readonly ImportRow[]): string[] {
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  return [
    '| file | size | sections | blocks | parse median | parse p95 | parse throughput | import median | import p95 | without index median |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.sections} | ${r.blocks} | ${ms(r.parse.p50)} | ${ms(r.parse.p95)} | ${r.parseThroughput.toFixed(1)} MiB/s | ${ms(r.import.p50)} | ${ms(r.import.p95)} | ${ms(r.importWithoutIndex.p50)} |`
    )
  ];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 30) || 30;
  const cpus = os.cpus();
  console.log(`# Import benchmark\n`);
  console.log(`- Date: ${new Date().toISOString()}`);
  console.log(
    `- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`
  );
  console.log(`- Node ${process.version}; ${runs} imports and ${runs * 10} parses per file after ${WARM_UP} warm-up runs`);
  console.log('- Parse: decoded text → document model (the format’s parser).');
  console.log(
    '- Import: `Library.importFiles` into a fresh library opened with `openLibrary` as the app does: read, decode, hash, parse, write every row, update the search index, commit with synchronous = FULL.'
  );
  console.log('- Without index: the same import into a bare `Library` (no search observer), to show what the search index update costs.\n');
  void importBench(runs).then((rows) => {
    for (const line of importTable(rows)) console.log(line);
  });
}
