import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildIndex } from '../../../src/main/library/search/rebuild';
import { InProcessSearchService } from '../../../src/main/library/search/service';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempLibrary } from '../../helpers/temp-library';

const RED_SEA = path.join(SAMPLES_DIR, '01-red-sea.txt');
const AI_ETHICS = path.join(SAMPLES_DIR, '02-ai-ethics-guidelines.txt');
const QUERIES = ['cocaine seizures', 'Houthi', 'submarine cables', 'accountability', 'Guayaquil', 'trafficing'];

/** The postings, vocabulary and answers of an index, comparable with another library's. */
function indexState(service: InProcessSearchService) {
  const db = service.engine.db;
  return {
    terms: db.prepare('SELECT t.term, f.df FROM search_terms t JOIN search_df f ON f.id = t.id WHERE f.df > 0 ORDER BY t.term').all(),
    answers: QUERIES.map((query) => service.searchNow({ query, limit: 20 }).hits.map((h) => [h.blockId, h.snippetText, h.score]))
  };
}

describe('a bulk import', () => {
  it('indexes the whole batch once, as a rebuild would', async () => {
    const { library, close } = tempLibrary();
    const calls: number[] = [];
    library.observe({ briefingsWritten: (_db, ids) => calls.push(ids.length), briefingRemoving: () => undefined });
    const outcomes = await library.importFiles([BUNDLED_BRIEFING, RED_SEA, AI_ETHICS]);
    expect(outcomes.every((o) => 'id' in o)).toBe(true);
    expect(calls).toEqual([3]);
    const service = new InProcessSearchService(library.db);
    const batched = indexState(service);
    expect(batched.answers.flat().length).toBeGreaterThan(0);
    rebuildIndex(library.db);
    expect(indexState(new InProcessSearchService(library.db))).toEqual(batched);
    close();
  });

  it('leaves a file that fails out of the index, and indexes the others', async () => {
    const { library, search, close } = tempLibrary();
    // A block of the Red Sea briefing fails to be written, half-way through it: its savepoint is rolled back.
    library.db.exec(`CREATE TRIGGER fail_red_sea BEFORE INSERT ON blocks WHEN NEW.text LIKE '%Houthi%' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const outcomes = await library.importFiles([BUNDLED_BRIEFING, RED_SEA]);
    expect(outcomes.map((o) => 'error' in o)).toEqual([false, true]);
    const kept = 'id' in outcomes[0]! ? outcomes[0].id : '';
    expect((await search.search({ query: 'Guayaquil' })).total).toBeGreaterThan(0);
    expect(library.list().map((b) => b.id)).toEqual([kept]);
    // Only the briefing kept is searched: nothing of the failed file's text (a near spelling in the kept one may still answer).
    const hits = (await search.search({ query: 'Houthi Red Sea shipping', limit: 50 })).hits;
    expect(hits.every((h) => h.briefingId === kept)).toBe(true);
    library.db.exec('DROP TRIGGER fail_red_sea');
    const service = new InProcessSearchService(library.db);
    const incremental = indexState(service);
    rebuildIndex(library.db);
    expect(indexState(new InProcessSearchService(library.db))).toEqual(incremental);
    close();
  });

  it("of files given as bytes (the app's uploads) is one batch too, with an outcome per file", async () => {
    const { library, search, close } = tempLibrary();
    const calls: number[] = [];
    library.observe({ briefingsWritten: (_db, ids) => calls.push(ids.length), briefingRemoving: () => undefined });
    const outcomes = await library.importUploads([
      { name: 'andean.txt', bytes: fs.readFileSync(BUNDLED_BRIEFING) },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
      { name: 'red-sea.txt', bytes: fs.readFileSync(RED_SEA) }
    ]);
    expect(outcomes.map((o) => ['error' in o, o.file])).toEqual([
      [false, 'andean.txt'],
      [true, 'empty.txt'],
      [false, 'red-sea.txt']
    ]);
    expect(calls).toEqual([2]);
    expect((await search.search({ query: 'Houthi' })).total).toBeGreaterThan(0);
    close();
  });
});
