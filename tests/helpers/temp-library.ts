/** Real libraries in temporary folders, removed after each test file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openLibrary, type LibraryServices } from '../../src/main/library/open';

export const REPO = path.resolve(__dirname, '../..');
export const BUNDLED_BRIEFING = path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt');
export const SAMPLES_DIR = path.join(REPO, 'tests/fixtures/samples');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'briefing-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function tempLibrary(): LibraryServices & { dataDir: string } {
  const dataDir = tempDir();
  const services = openLibrary(dataDir);
  return { ...services, dataDir };
}
