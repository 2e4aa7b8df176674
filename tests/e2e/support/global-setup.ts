import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDED_LIBRARY_ENV, start, stop } from './web-app';

/**
 * Builds what browser mode serves (renderer, when stale) and runs (the server bundle), once per
 * run; then makes the first-run library every test's server starts from: a real first start of the
 * server on an empty folder, stopped cleanly, its library copied aside. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => void> {
  // A dynamic import: Playwright compiles specs to CommonJS, and the build script is an ES module.
  const { ensureWebBuilt } = await import('../../../scripts/build-web.mjs');
  await ensureWebBuilt();
  const firstRun = await start({ firstRun: true });
  const seeded = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-seeded-'));
  try {
    firstRun.child.kill('SIGTERM');
    await new Promise((resolve) => firstRun.child.once('exit', resolve));
    fs.cpSync(firstRun.dataDir, seeded, { recursive: true });
  } finally {
    await stop(firstRun);
  }
  process.env[SEEDED_LIBRARY_ENV] = seeded;
  return () => fs.rmSync(seeded, { recursive: true, force: true });
}
