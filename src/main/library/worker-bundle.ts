/**
 * Where a worker thread's code is: a bundle next to the bundle of the module that starts it
 * (out/main for Electron, out/web for browser mode). Running from source there is none, and the
 * caller passes the script (the tests bundle one with esbuild): loader hooks such as tsx's do not
 * reach worker threads on Node 20, so a worker cannot run from TypeScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle `name` (electron-vite writes `.js`, esbuild `.mjs`) beside `moduleUrl`'s file. */
export function findWorkerBundle(moduleUrl: string, name: string, messages: { component: string; option: string }): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [`${name}.js`, `${name}.mjs`];
  for (const candidate of candidates) {
    const bundle = path.join(here, candidate);
    if (fs.existsSync(bundle)) return bundle;
  }
  throw new Error(`${messages.component}: no worker bundle (${candidates.join(' or ')}) in ${here}; build the app first, or pass ${messages.option}`);
}
