// End-to-end tests: Playwright drives Debian's Chromium (never a downloaded browser) against
// browser mode. Each spec file starts its own server on a temporary library and a free port
// (tests/e2e/support/web-app.ts); the global setup builds the renderer and the server first.
// tests/e2e/electron.spec.ts drives the real desktop app where the Electron binary exists.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Two cores, shared: files run side by side in two workers, tests within a file in order.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['line']] : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
    }
  }
});
