/**
 * The briefings shipped with the app (resources/briefings/*.txt, or the packaged copy of that
 * folder): what a new library is seeded with, so that the app opens on something to read.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The bundled briefing files in `dir`, in name order (the order they are imported in). */
export function bundledBriefingFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}
