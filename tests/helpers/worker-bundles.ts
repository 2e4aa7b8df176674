/**
 * The worker threads for tests that run from source: worker threads cannot load TypeScript through
 * tsx on Node 20, so each is bundled once per test process with esbuild (a development dependency,
 * which only tests and build scripts use) into the repository's .cache folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
const bundles = new Map<string, string>();

/** The path of a bundle of `entry` (relative to the repository), built on first use. */
function workerBundle(name: string, entry: string, format: 'cjs' | 'esm'): string {
  let bundle = bundles.get(name);
  if (!bundle) {
    bundle = path.join(ROOT, '.cache', name, `${name}-${process.pid}.${format === 'esm' ? 'mjs' : 'cjs'}`);
    buildSync({ entryPoints: [path.join(ROOT, entry)], outfile: bundle, bundle: true, platform: 'node', format, packages: 'external', logLevel: 'error' });
    const built = bundle;
    process.once('exit', () => fs.rmSync(built, { force: true }));
    bundles.set(name, bundle);
  }
  return bundle;
}

/** src/main/library/search/worker.ts, bundled. */
export const searchWorkerScript = (): string => workerBundle('search-worker', 'src/main/library/search/worker.ts', 'cjs');

/** src/main/library/import/parse-worker.ts, bundled as an ES module: its parsers' libraries (remark, linkedom) are ES modules only. */
export const parseWorkerScript = (): string => workerBundle('parse-worker', 'src/main/library/import/parse-worker.ts', 'esm');
