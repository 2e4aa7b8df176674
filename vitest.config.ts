import { defineConfig } from 'vitest/config';

// Unit tests run in Node against real SQLite files in temporary folders. End-to-end tests
// (tests/e2e) have their own runner: Playwright driving Chromium against browser mode.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property tests run with a fixed seed (tests/helpers/property.ts); `npm run test:fuzz` varies it.
    setupFiles: ['tests/unit/setup/property-seed.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks'
  }
});
