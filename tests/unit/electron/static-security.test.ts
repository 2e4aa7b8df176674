// Electronegativity-style static checks (reliability-anchors.md §a, items 2–4, 6, 8–11, 14, 15, 18):
// the Electron glue's sources and its compiled bundles must never contain an insecure setting.
// The bundles are checked too because a setting can arrive from an imported module or survive a
// cast (`as WebPreferences`) that a source scanner misses. tests/e2e/electron.spec.ts runs the same
// scan on the real build in out/.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/temp-library';
import { INSECURE_PATTERNS, insecureSettings } from './insecure-settings';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Bundles like electron-vite does: main keeps npm packages external, the sandboxed preload cannot. */
async function bundle(entry: string, packages: 'external' | 'bundle'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPO, entry)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    packages,
    logLevel: 'silent'
  });
  return result.outputFiles[0]!.text;
}

let mainBundle = '';
let preloadBundle = '';
beforeAll(async () => {
  [mainBundle, preloadBundle] = await Promise.all([bundle('src/main/electron/index.ts', 'external'), bundle('src/preload/index.ts', 'bundle')]);
});

describe('the Electron glue', () => {
  const files = [...sourceFiles(path.join(REPO, 'src/main/electron')), ...sourceFiles(path.join(REPO, 'src/preload'))];

  it.each(files.map((file) => [path.relative(REPO, file), file]))('%s sets nothing insecure', (_name, file) => {
    expect(insecureSettings(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('compiles to a main bundle with nothing insecure in it', () => {
    expect(insecureSettings(mainBundle)).toEqual([]);
  });

  it('compiles to a preload that requires nothing but electron and sets nothing insecure', () => {
    expect(insecureSettings(preloadBundle)).toEqual([]);
    const required = [...preloadBundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('wires every guard, and the search worker, into the main bundle', () => {
    for (const guard of [
      /contextIsolation: true/,
      /sandbox: true/,
      /enableSandbox\(\)/,
      /setWindowOpenHandler\(\(\) => \(\{ action: "deny" \}\)\)/,
      /"will-navigate"/,
      /"will-redirect"/,
      /"will-attach-webview"/,
      /setPermissionRequestHandler/,
      /setPermissionCheckHandler/,
      /protocol\.handle\(/,
      /requestSingleInstanceLock\(\)/,
      // Search runs on a worker thread, so a query never blocks the main process.
      /search: "worker"/
    ]) {
      expect(mainBundle).toMatch(guard);
    }
  });

  it('opens external links only through the confirmed, allowlisted path', () => {
    const callers = files.filter((file) => /shell\.openExternal\(/.test(fs.readFileSync(file, 'utf8')));
    expect(callers.map((file) => path.basename(file))).toEqual(['open-external.ts']);
  });
});

describe('insecureSettings', () => {
  it.each(INSECURE_PATTERNS.map((pattern) => [pattern.name, pattern.example]))('catches %s', (_name, example) => {
    expect(insecureSettings(example)).not.toEqual([]);
  });
});
