#!/usr/bin/env node
// `npm run test:fuzz [-- --seed N] [--factor N] [FILE…]`: runs the property-based unit tests with a
// fresh random seed (or the one given, to replay) and FACTOR times as many runs as `npm test` gives
// them (default 50: minutes, not seconds). Prints the seed first, so any failure can be replayed
// with `--seed`; fast-check's report also names the seed and the path of the shrunk counterexample.
// Run it before submitting importer, tokenizer or anchoring changes, and turn each counterexample
// into a plain regression test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: { seed: { type: 'string' }, factor: { type: 'string', default: '50' } },
  allowPositionals: true
});

const seed = values.seed ?? String((Math.random() * 2 ** 31) | 0);
if (!/^-?\d+$/.test(seed)) fail(`--seed "${seed}" is not an integer`);
if (!/^\d+$/.test(values.factor) || Number(values.factor) < 1) fail(`--factor "${values.factor}" is not a positive integer`);

const files = positionals.length > 0 ? positionals : propertyTestFiles(path.join(root, 'tests', 'unit'));
console.log(`test:fuzz: seed ${seed}, ${values.factor}× the runs of npm test, ${files.length} files (replay with --seed ${seed})`);
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout=0', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_FUZZ_SEED: seed, BRIEFING_FUZZ_FACTOR: values.factor }
});
if (result.status !== 0) console.error(`test:fuzz: failed with seed ${seed}; replay with: npm run test:fuzz -- --seed ${seed}`);
process.exit(result.status ?? 1);

/** Every unit test file that uses fast-check. */
function propertyTestFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => readFileSync(path.join(root, file), 'utf8').includes("from 'fast-check'"))
    .sort();
}

function fail(message) {
  console.error(`test:fuzz: ${message}`);
  process.exit(2);
}
