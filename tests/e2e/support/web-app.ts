/**
 * A browser-mode server of our own for each test: `node out/web/server.mjs` on a new temporary
 * library and a free port, started before the test and stopped (library removed) after it. A test
 * never sees what another left behind (annotations, settings, imports), so tests pass in any order
 * and on any worker.
 *
 * The library starts as a copy of one the global setup made by a real first run (the bundled
 * briefing imported, parsed and indexed): the same file every test would get, without paying for
 * that import in every test. `useWebApp({ firstRun: true })` starts from an empty folder instead,
 * for the tests of the first run itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

export const REPO = path.resolve(__dirname, '../../..');
export const SAMPLES = path.join(REPO, 'tests/fixtures/samples');

export interface WebApp {
  /** The printed address, token in the fragment: what a user opens. */
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
}

interface Running extends WebApp {
  child: ChildProcess;
}

/** Where the global setup leaves the first-run library that tests start from (see global-setup.ts). */
export const SEEDED_LIBRARY_ENV = 'BRIEFING_E2E_SEEDED_LIBRARY';

export async function start(options: { firstRun?: boolean } = {}): Promise<Running> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-'));
  const seeded = process.env[SEEDED_LIBRARY_ENV];
  if (!options.firstRun && seeded) fs.cpSync(seeded, dataDir, { recursive: true });
  const child = spawn(process.execPath, [path.join(REPO, 'out/web/server.mjs'), '--no-open', '--port', '0', '--data-dir', dataDir], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start within 20 s:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  // A server that dies during a test would otherwise show only as "not answering" in the page.
  child.on('exit', (code, signal) => {
    if (!child.killed) process.stderr.write(`browser mode exited during the test (${code ?? signal}):\n${output}\n`);
  });
  const parsed = new URL(url);
  return { child, url, origin: parsed.origin, port: Number(parsed.port), token: parsed.hash.slice('#token='.length), dataDir };
}

export async function stop(app: Running): Promise<void> {
  if (app.child.exitCode === null) {
    const exited = new Promise((resolve) => app.child.once('exit', resolve));
    app.child.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(app.dataDir, { recursive: true, force: true });
}

/**
 * Starts a fresh server for each test of the calling spec file; read its fields inside tests and
 * in `beforeEach` hooks registered after this call (which run after the server has started).
 */
export function useWebApp(options: { firstRun?: boolean } = {}): WebApp {
  let running: Running | null = null;
  test.beforeEach(async () => {
    running = await start(options);
  });
  test.afterEach(async () => {
    if (running) await stop(running);
    running = null;
  });
  const field = <K extends keyof WebApp>(key: K) => {
    if (!running) throw new Error('the web app is not running yet: use it inside a test');
    return running[key];
  };
  return {
    get url() {
      return field('url');
    },
    get origin() {
      return field('origin');
    },
    get port() {
      return field('port');
    },
    get token() {
      return field('token');
    },
    get dataDir() {
      return field('dataDir');
    }
  };
}
