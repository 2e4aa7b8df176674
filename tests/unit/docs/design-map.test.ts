import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPaths, namedPaths } from '../../../scripts/check-design-map.mjs';

const design = fs.readFileSync(path.resolve('docs/DESIGN.md'), 'utf8');

describe('docs/DESIGN.md as a map', () => {
  it('names only paths that exist', () => {
    expect(missingPaths(design)).toEqual([]);
  });

  it('names a folder and an entry file for each capability of the README', () => {
    const named = namedPaths(design);
    for (const entry of [
      'src/main/library/search/engine.ts',
      'src/main/library/search/worker.ts',
      'src/main/library/annotations/anchoring/anchor.ts',
      'src/main/library/cite/service.ts',
      'src/main/library/export/notes-export.ts',
      'src/main/cli/program.ts',
      'src/main/web/main.ts'
    ]) {
      expect(named).toContain(entry);
    }
  });

  it('reports a path that does not exist', () => {
    expect(missingPaths('See `src/main/library/nowhere.ts` and `src/main/library/open.ts`.')).toEqual(['src/main/library/nowhere.ts']);
  });
});
