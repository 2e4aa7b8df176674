/**
 * Issue 2's small benchmark: the bundled briefing imported into a fresh library (with its index
 * update), then the index loaded by a fresh engine and queried once. Medians of 5 runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../../src/main/library/open';
import { InProcessSearchService } from '../../src/main/library/search/service';
import { openDatabase } from '../../src/main/library/store/database';

const BUNDLED = path.resolve('resources/briefings/andean-drug-trafficking.txt');

export function bundledBriefingLoad(runs = 5): { importMs: number; loadMs: number; firstQueryMs: number } {
  const samples: Array<{ importMs: number; loadMs: number; firstQueryMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundled-'));
    const services = openLibrary(dir);
    let t = performance.now();
    services.library.importFiles([BUNDLED]);
    const importMs = performance.now() - t;
    services.close();
    const db = openDatabase(dir, { readonly: true });
    const service = new InProcessSearchService(db);
    t = performance.now();
    service.engine.refresh();
    const loadMs = performance.now() - t;
    t = performance.now();
    service.searchNow({ query: 'cocaine seizures' });
    const firstQueryMs = performance.now() - t;
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    samples.push({ importMs, loadMs, firstQueryMs });
  }
  const median = (key: 'importMs' | 'loadMs' | 'firstQueryMs') => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { importMs: median('importMs'), loadMs: median('loadMs'), firstQueryMs: median('firstQueryMs') };
}
