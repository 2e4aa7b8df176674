/**
 * Import benchmark: how long the bundled briefing and the four sample publications take to
 * parse (decoded text → document model) and to import as a whole (read, decode, hash, parse, write
 * every row and update the search index in one durable transaction) into a fresh library.
 * The target (issue 2): the bundled briefing imports in well under 100 ms.
 *
 *   npx tsx bench/import.ts [--runs 30]
 *
 * Prints a Markdown table with the machine and the date; writes nothing outside temporary folders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeBriefingBytes } from '../src/main/library/import/decode';
import { parseBriefing } from '../src/main/library/import/registry';
import { Library } from '../src/main/library/library';
import { openLibrary } from '../src/main/library/open';

const REPO = path.resolve(__dirname, '..');
const FILES = [
  path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt'),
  ...fs
    .readdirSync(path.join(REPO, 'tests/fixtures/samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(REPO, 'tests/fixtures/samples', f))
];
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 30) || 30;
/** Parsing is cheap and has no disk in it, so it gets more runs for a steadier median. */
const PARSE_RUNS = RUNS * 10;
const WARM_UP = 5;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

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
function timeImports(file: string, runs: number, withSearch: boolean): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
    const library = withSearch ? openLibrary(dir).library : Library.open(dir);
    try {
      const start = performance.now();
      const [outcome] = library.importFiles([file]);
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

const ms = (value: number): string => value.toFixed(2);
const cpus = os.cpus();
console.log(`# Import benchmark\n`);
console.log(`- Date: ${new Date().toISOString()}`);
console.log(`- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`);
console.log(`- Node ${process.version}; ${RUNS} imports and ${PARSE_RUNS} parses per file after ${WARM_UP} warm-up runs`);
console.log('- Parse: decoded text → document model (`parseBriefing`).');
console.log('- Import: `Library.importFiles` into a fresh library opened with `openLibrary` as the app does: read, decode, hash, parse, write every row, update the search index, commit with synchronous = FULL.');
console.log('- Without index: the same import into a bare `Library` (no search observer), to show what the search index update costs.\n');
console.log('| file | size | sections | blocks | parse median | parse p95 | parse throughput | import median | import p95 | without index median |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const file of FILES) {
  const bytes = fs.readFileSync(file);
  const name = path.basename(file);
  const text = decodeBriefingBytes(bytes, name);
  const { parsed } = parseBriefing(text, name);
  const parses = timeRuns(PARSE_RUNS, () => parseBriefing(text, name));
  const imports = timeImports(file, RUNS, true);
  const bare = timeImports(file, RUNS, false);
  const parseMedian = percentile(parses, 50);
  const throughput = bytes.length / 2 ** 20 / (parseMedian / 1000);
  console.log(
    `| ${name} | ${(bytes.length / 1024).toFixed(0)} KiB | ${parsed.sections.length} | ${parsed.blocks.length} | ${ms(parseMedian)} ms | ${ms(percentile(parses, 95))} ms | ${throughput.toFixed(1)} MiB/s | ${ms(percentile(imports, 50))} ms | ${ms(percentile(imports, 95))} ms | ${ms(percentile(bare, 50))} ms |`
  );
}
