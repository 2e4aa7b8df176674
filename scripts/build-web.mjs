// Builds what browser mode serves and runs: the renderer (out/renderer, through electron-vite's own
// configuration, renderer only, so a broken Electron main build never blocks browser mode) and the
// server entry (out/web/server.mjs and its search worker, bundled with esbuild like the CLI). Used by `npm run web` and by
// the end-to-end tests' global setup; the renderer is rebuilt only when its sources are newer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RENDERER_INDEX = path.join(ROOT, 'out/renderer/index.html');
const RENDERER_INPUTS = ['src/renderer', 'src/shared', 'electron.vite.config.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file or of any file below a folder. */
function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** Whether out/renderer is missing or older than any of its sources. */
export function rendererIsStale() {
  const built = fs.statSync(RENDERER_INDEX, { throwIfNoEntry: false });
  if (!built) return true;
  return RENDERER_INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built.mtimeMs);
}

/** Builds the renderer with the renderer section of electron.vite.config.ts. */
export async function buildRenderer() {
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const resolved = await resolveConfig({ root: ROOT, logLevel: 'warn' }, 'build', 'production');
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('Build: electron.vite.config.ts has no renderer section');
  await build({ ...renderer, logLevel: 'warn' });
}

/**
 * Bundles the browser-mode server for Node, with the search and parse worker threads next to it
 * (where src/main/library/search/worker-service.ts and import/worker-parser.ts look for them); see
 * bundle-node.mjs.
 */
export async function buildServer() {
  await bundleForNode({
    entryPoints: {
      server: path.join(ROOT, 'src/main/web/main.ts'),
      'search-worker': path.join(ROOT, 'src/main/library/search/worker.ts'),
      'parse-worker': path.join(ROOT, 'src/main/library/import/parse-worker.ts')
    },
    outdir: path.join(ROOT, 'out/web')
  });
}

/** Makes sure both are built and current; says so on stderr when it has to build. */
export async function ensureWebBuilt({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (rendererIsStale()) {
    log('Building the app for browser mode…');
    await buildRenderer();
  }
  await buildServer();
}
