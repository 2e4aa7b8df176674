// `npm start`: builds and launches the desktop app. First makes sure it can run — the Electron
// binary (downloaded on first launch) and better-sqlite3 built for Electron (scripts/electron-setup.mjs)
// — and where it cannot, as on a machine without internet, says so in one line and points to
// `npm run web`, without a stack trace. `--dev` runs electron-vite's dev server instead of a build.
import { spawn, spawnSync } from 'node:child_process';
import {
  REPO,
  electronPackage,
  electronViteScript,
  ensureNativeBinding,
  failureReason,
  findElectronBinary,
  installElectron,
  messages,
  nodeVersionNotice
} from './electron-setup.mjs';

// Progress ("downloading…") shows only on a terminal and is wiped by the next line, so a failure
// reads as one line and a log keeps only what matters.
let progressShown = false;
const progress = (line) => {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r\x1b[2K${line}`);
  progressShown = true;
};
const endProgress = () => {
  if (progressShown) process.stderr.write('\r\x1b[2K');
  progressShown = false;
};
const say = (line) => {
  endProgress();
  process.stderr.write(`${line}\n`);
};
const fail = (line) => {
  say(line);
  process.exit(1);
};

const dev = process.argv.includes('--dev');
const electron = electronPackage();
let binary = findElectronBinary(electron.dir);
if (!binary) {
  progress(`npm start: downloading Electron ${electron.version} (first launch only)…`);
  const install = installElectron(electron.dir);
  binary = findElectronBinary(electron.dir);
  if (!binary) fail(messages.noElectron(install.ok ? 'the installer finished but left no binary' : failureReason(install.output)));
}

// Only once Electron is there: where it could not be had, the one line above says all that matters.
const notice = nodeVersionNotice(process.versions.node, electron);
if (notice) say(notice);

const native = ensureNativeBinding({ target: electron.version, log: progress });
if (!native.ok) fail(messages.noNativeModule(electron.version, native.reason));

// Electron must start as Electron, whatever the calling shell had set. Only `--dev` makes the app
// trust electron-vite's dev server (src/main/electron/app-origin.ts); `npm start` clears both.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
if (dev) env.BRIEFING_READER_DEV = '1';
else {
  delete env.BRIEFING_READER_DEV;
  delete env.ELECTRON_RENDERER_URL;
}

endProgress();
const [command, args] = dev ? [process.execPath, [electronViteScript(), 'dev']] : [binary, ['.']];
if (!dev && spawnSync(process.execPath, [electronViteScript(), 'build'], { cwd: REPO, stdio: 'inherit' }).status !== 0) fail(messages.buildFailed);

const child = spawn(command, args, { cwd: REPO, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
