/**
 * The small benchmark: the bundled briefing imported into a fresh library (with its index
 * update), then the index loaded by a fresh engine and queried once, `runs` times.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../../src/main/library/open';
import { InProcessSearchService } from '../../src/main/library/search/service';
import { openDatabase } from '../../src/main/library/store/database';
import { summarize, type Summary } from './stats';

const BUNDLED = path.resolve('resources/briefings/andean-drug-trafficking.txt');

export interface BundledLoad {
  importMs: Summary;
  loadMs: Summary;
  firstQueryMs: Summary;
}

export async function bundledBriefingLoad(runs = 5): Promise<BundledLoad> {
  const samples: Array<{ importMs: number; loadMs: number; firstQueryMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundled-'));
    const services = openLibrary(dir);
    let t = performance.now();
    await services.library.importFiles([BUNDLED]);
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
  const of = (key: keyof BundledLoad) => summarize(samples.map((s) => s[key]));
  return { importMs: of('importMs'), loadMs: of('loadMs'), firstQueryMs: of('firstQueryMs') };
}
