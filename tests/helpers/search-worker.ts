/**
 * The search worker for tests that run from source: worker threads cannot load TypeScript through
 * tsx on Node 20, so it is bundled once per test process with esbuild (a development dependency,
 * which only tests and build scripts use) into the repository's .cache folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
let bundle: string | undefined;

/** The path of a CommonJS bundle of src/main/library/search/worker.ts. */
export function searchWorkerScript(): string {
  if (!bundle) {
    const outfile = path.join(ROOT, '.cache', 'search-worker', `search-worker-${process.pid}.cjs`);
    buildSync({
      entryPoints: [path.join(ROOT, 'src/main/library/search/worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'error'
    });
    process.once('exit', () => fs.rmSync(outfile, { force: true }));
    bundle = outfile;
  }
  return bundle;
}
