// The desktop app end to end: the real Electron binary on the real build in out/ (reliability-
// anchors.md §a). Where the binary cannot be had — Electron ≥ 42 downloads it on first launch, and
// a machine without internet cannot — the app tests report themselves skipped with the reason. The
// scan of the built bundles needs no binary and always runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { methodNames, type Bridge } from '../../src/shared/contract';
import { insecureSettings } from '../unit/electron/insecure-settings';

/**
 * What the tests touch in the page. The tests are type-checked with the Node project, which has no
 * DOM types on purpose (src/shared must not use them), so the page's globals are declared here.
 */
interface PageGlobals {
  briefingReader?: Bridge;
  stayed?: boolean;
  open(url: string, target: string): unknown;
  fetch(url: string): Promise<{ status: number; headers: { get(name: string): string | null } }>;
  document: { createElement(tag: 'a'): { href: string; click(): void; remove(): void }; body: { append(node: unknown): void } };
  Notification: { requestPermission(): Promise<string> };
  navigator: { permissions: { query(descriptor: { name: string }): Promise<{ state: string }> } };
}

const REPO = path.resolve(__dirname, '../..');

/** Every script electron-vite wrote for a process: the entry, its chunks, the search worker. */
function builtScripts(folder: string): string[] {
  const dir = path.join(REPO, 'out', folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(c|m)?js$/.test(name))
    .map((name) => path.join(dir, name));
}

test.describe('the built desktop bundles', () => {
  for (const [folder, entry] of [
    ['main', 'index.js'],
    ['preload', 'index.cjs']
  ] as const) {
    test(`out/${folder} sets nothing insecure`, () => {
      const scripts = builtScripts(folder);
      expect(scripts, `out/${folder}/${entry} is missing: run \`npm run build\` first`).toContain(path.join(REPO, 'out', folder, entry));
      for (const script of scripts)
        expect([path.relative(REPO, script), insecureSettings(fs.readFileSync(script, 'utf8'))]).toEqual([path.relative(REPO, script), []]);
    });
  }
});

const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

test.describe('the desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    // Imported here, not at the top: Playwright compiles specs to CommonJS, and only a dynamic
    // import loads an ES module script unchanged. A skip called in beforeAll skips the whole group.
    const setup = await import('../../scripts/electron-setup.mjs');
    const electronPkg = setup.electronPackage(REPO);
    const binary = setup.findElectronBinary(electronPkg.dir);
    const skipReason = !binary
      ? `Electron binary not available on this machine: Electron ${electronPkg.version} downloads it on first launch (\`npm start\`), and node_modules/electron has none`
      : !fs.existsSync(setup.nativeBindingPath(REPO, electronPkg.version))
        ? `better-sqlite3 is not built for Electron ${electronPkg.version} yet: run \`npm start\` once`
        : headless
          ? 'no display to open a window on: run the tests under xvfb-run'
          : null;
    if (skipReason) {
      // The reason is also printed, as the line and list reporters do not show skip annotations.
      console.log(`Skipping the desktop app tests. ${skipReason}`);
      test.skip(true, skipReason);
    }

    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-electron-'));
    const { ELECTRON_RUN_AS_NODE: _asNode, ...env } = process.env;
    app = await electron.launch({
      executablePath: binary!,
      // Chromium will not start as root with its OS sandbox (CI containers); the page still gets no Node.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), REPO],
      cwd: REPO,
      env: { ...env, BRIEFING_READER_DATA_DIR: dataDir }
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens on the bundled briefing from the app:// origin', async () => {
    expect(page.url()).toMatch(/^app:\/\/reader\//);
    await expect(page.getByText('Combating drug trafficking in the Andean region').first()).toBeVisible();
  });

  test('keeps its library in the data folder it was given', async () => {
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).briefingReader!.api.appInfo({}));
    expect(info.dataDir).toBe(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'library.sqlite'))).toBe(true);
  });

  test('gives the page exactly the contract and no Node', async () => {
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys((globalThis as unknown as PageGlobals).briefingReader ?? {}).sort(),
      api: Object.keys((globalThis as unknown as PageGlobals).briefingReader?.api ?? {}).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module
    }));
    expect(exposed).toEqual({ bridge: ['api', 'onEvent'], api: [...methodNames].sort(), require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('serves every response with the strict Content-Security-Policy and refuses paths out of the app', async () => {
    const answers = await page.evaluate(async () => {
      const { fetch } = globalThis as unknown as PageGlobals;
      const index = await fetch('app://reader/index.html');
      const climbs = await Promise.all(
        ['app://reader/../../etc/passwd', 'app://reader/..%2f..%2f..%2fetc%2fpasswd', 'app://reader/%2fetc%2fpasswd'].map(
          async (url) => (await fetch(url)).status
        )
      );
      return { csp: index.headers.get('content-security-policy'), climbs };
    });
    expect(answers.csp).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:/);
    expect(answers.climbs).toEqual([404, 404, 404]);
  });

  test('opens no new window', async () => {
    const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.org/', '_blank') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('does not navigate away from the app', async () => {
    const before = page.url();
    // Wait for the navigation attempt itself (main sees will-navigate and refuses it), not for time:
    // a listener is registered first, and awaited after the click.
    await app.evaluate(({ webContents }) => {
      const main = globalThis as unknown as { navigationAttempt?: Promise<string> };
      main.navigationAttempt = new Promise<string>((resolve) => {
        for (const contents of webContents.getAllWebContents()) contents.once('will-navigate', (_event, url) => resolve(url));
      });
    });
    await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      page.stayed = true;
      const link = page.document.createElement('a');
      link.href = 'https://example.org/';
      page.document.body.append(link);
      link.click();
      link.remove();
    });
    expect(await app.evaluate(() => (globalThis as unknown as { navigationAttempt: Promise<string> }).navigationAttempt)).toBe('https://example.org/');
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).stayed)).toBe(true);
  });

  test('denies permissions the reader does not use', async () => {
    const states = await page.evaluate(async () => {
      const { Notification, navigator } = globalThis as unknown as PageGlobals;
      return {
        notifications: await Notification.requestPermission(),
        geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state
      };
    });
    expect(states).toEqual({ notifications: 'denied', geolocation: 'denied' });
  });

  test('refuses to open a non-web link externally', async () => {
    const error = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).briefingReader!.api.openExternal({ url: 'file:///etc/passwd' }).then(
        () => 'opened',
        (reason: Error) => reason.message
      )
    );
    expect(error).toMatch(/only http and https/);
  });
});
