// What `npm start` needs before it can launch the desktop app, as small functions that the start
// script runs in order and the tests call with fake inputs: a recent enough Node for Electron's
// installer, the Electron binary (Electron ≥ 42 downloads it on first launch, not on install), and
// better-sqlite3 built for Electron's ABI — kept apart in .cache/electron-native/<version>/ so that
// the Node build, which the CLI and the tests load, is never touched.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The installed `electron` package: its folder, version and the Node it declares it needs. */
export function electronPackage(repo = REPO) {
  const dir = path.dirname(createRequire(path.join(repo, 'package.json')).resolve('electron/package.json'));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { dir, version: pkg.version, requiredNode: minimumVersion(pkg.engines?.node ?? '') };
}

/** The lowest version a `>= x.y.z` range allows, or null when there is none. */
function minimumVersion(range) {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(range);
  return match ? match.slice(1, 4).join('.') : null;
}

function isOlder(version, than) {
  const [a, b] = [version, than].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

/** One line when this Node is older than Electron's installer wants, else null. */
export function nodeVersionNotice(nodeVersion, electron) {
  if (!electron.requiredNode || !isOlder(nodeVersion, electron.requiredNode)) return null;
  return (
    `npm start: Electron ${electron.version} needs Node ${electron.requiredNode} or later to install (this is Node ${nodeVersion.replace(/^v/, '')}): ` +
    'use Node 22.12+ for `npm start` on a laptop; the tests and `npm run web` work on Node 20.'
  );
}

/**
 * The Electron executable if it is installed, else null. Mirrors the electron package's own lookup
 * (path.txt names the binary inside dist/, ELECTRON_OVERRIDE_DIST_PATH replaces dist/) without
 * requiring the package, which would start a download as a side effect.
 */
export function findElectronBinary(electronDir, env = process.env) {
  let relative;
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : path.join(electronDir, 'dist', relative);
  return relative && fs.existsSync(binary) ? binary : null;
}

/** Runs a command with its output captured; never throws. */
export function runQuiet(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { ok: result.status === 0 && !result.error, output };
}

/** Runs the electron package's installer (it downloads the binary), capturing what it prints. */
export function installElectron(electronDir, run = runQuiet) {
  return run(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir });
}

/**
 * The one-line gist of a failed tool's output: the message of the first error it reports (without
 * the stack, and without node-gyp's or prebuild-install's prefixes), else its last line.
 *
 * @example failureReason('TypeError: fetch failed\n    at node:internal/deps/undici') // 'fetch failed'
 */
export function failureReason(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.replace(/^(gyp (ERR!|info|http)( stack)?|prebuild-install (warn|info|ERR!)( install)?)\s*/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const errorLine = /^[\w.]*Error(?: \[\w+\])?:\s*/;
  const found = lines.find((line) => errorLine.test(line));
  const reason = found ? found.replace(errorLine, '') : (lines.at(-1) ?? 'no output');
  return reason.length > 160 ? `${reason.slice(0, 157)}…` : reason;
}

/** Where `npm start` keeps better-sqlite3 built for an Electron version (src/main/electron/locations.ts looks there). */
export function nativeBindingPath(repo, electronVersion) {
  return path.join(repo, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
}

/** npm's node-gyp: the one npm announces to scripts, else the one beside this Node's npm. */
function nodeGypScript(env) {
  const candidates = [
    env.npm_config_node_gyp,
    path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
    path.resolve(path.dirname(process.execPath), 'node_modules/npm/node_modules/node-gyp/bin/node-gyp.js')
  ];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate)) ?? null;
}

/**
 * Makes sure better-sqlite3 exists for `runtime`/`target` (Electron and its version) at
 * `nativeBindingPath`, built from the installed version of the package (a `.version` file beside
 * it records which), on a copy of the package so node_modules keeps the Node build. Tries the
 * project's prebuilt binary first (prebuild-install, a dependency of better-sqlite3), then compiles
 * with node-gyp against the runtime's headers. Returns `{ ok, path }` or `{ ok: false, reason }`.
 */
export function ensureNativeBinding({
  repo = REPO,
  target,
  runtime = 'electron',
  arch = process.arch,
  platform = process.platform,
  env = process.env,
  run = runQuiet,
  log = () => undefined
}) {
  const destination = nativeBindingPath(repo, target);
  const packageDir = path.dirname(createRequire(path.join(repo, 'package.json')).resolve('better-sqlite3/package.json'));
  // The module must match better-sqlite3's JavaScript: after an upgrade, the cached one is rebuilt.
  const stamp = `${destination}.version`;
  const version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  if (fs.existsSync(destination) && readText(stamp) === version) return { ok: true, path: destination };
  const prebuildInstall = createRequire(path.join(packageDir, 'package.json')).resolve('prebuild-install/bin.js');
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const work = fs.mkdtempSync(path.join(path.dirname(destination), 'build-'));
  try {
    const packageBuild = path.join(packageDir, 'build');
    fs.cpSync(packageDir, work, { recursive: true, filter: (source) => source !== packageBuild && !source.startsWith(packageBuild + path.sep) });
    log(`npm start: getting better-sqlite3 for ${runtime} ${target}…`);
    let result = run(process.execPath, [prebuildInstall, `--runtime=${runtime}`, `--target=${target}`, `--arch=${arch}`, `--platform=${platform}`], {
      cwd: work,
      env
    });
    if (!result.ok) {
      const nodeGyp = nodeGypScript(env);
      if (!nodeGyp) return { ok: false, reason: `no prebuilt binary (${failureReason(result.output)}) and node-gyp was not found` };
      log('npm start: no prebuilt binary; compiling better-sqlite3 (a minute or two)…');
      // For Electron, its own headers: an npm `nodedir` setting (Node's headers) would give the wrong ABI.
      const [headers, gypEnv] =
        runtime === 'electron'
          ? [
              ['--dist-url=https://electronjs.org/headers'],
              Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'))
            ]
          : [[], env];
      result = run(process.execPath, [nodeGyp, 'rebuild', '--release', `--runtime=${runtime}`, `--target=${target}`, `--arch=${arch}`, ...headers], {
        cwd: work,
        env: gypEnv
      });
      if (!result.ok) return { ok: false, reason: failureReason(result.output) };
    }
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) return { ok: false, reason: 'the build produced no better_sqlite3.node' };
    fs.copyFileSync(built, `${destination}.tmp`);
    fs.renameSync(`${destination}.tmp`, destination);
    fs.writeFileSync(stamp, version);
    return { ok: true, path: destination };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The electron-vite command line (for `build` and `dev`). */
export function electronViteScript(repo = REPO) {
  const dir = path.dirname(createRequire(path.join(repo, 'package.json')).resolve('electron-vite/package.json'));
  return path.join(dir, 'bin', 'electron-vite.js');
}

export const messages = {
  noElectron: (reason) =>
    `npm start: the Electron binary could not be downloaded (${reason}), so the desktop app cannot start on this machine — run \`npm run web\` to use Briefing Reader in your browser instead.`,
  noNativeModule: (version, reason) =>
    `npm start: better-sqlite3 could not be built for Electron ${version} (${reason}) — run \`npm run web\` to use Briefing Reader in your browser instead.`,
  buildFailed: 'npm start: the build failed (see the errors above).'
};
