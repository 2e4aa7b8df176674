/** `maintainLibrary` through the dispatch both transports use, on a real SQLite library. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers } from '../../../src/main/api/handlers';
import type { MaintenanceReport } from '../../../src/shared/contract/library';
import type { SearchResponse } from '../../../src/shared/contract/search';
import type { ImportOutcome } from '../../../src/shared/types';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempLibrary } from '../../helpers/temp-library';

const RED_SEA = path.join(SAMPLES_DIR, '01-red-sea.txt');

const services = tempLibrary();
afterAll(() => services.close());
const handlers = createHandlers({ library: services.library, version: '0.0.0-test', notifyLibraryChanged: () => undefined });

/** Calls a method as the page would and returns its value, failing the test on an error reply. */
async function call<T>(name: string, input: unknown = {}): Promise<T> {
  const reply = await dispatch(handlers, name, input);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const upload = (file: string) => ({ name: path.basename(file), data: fs.readFileSync(file).toString('base64') });
const importFile = async (file: string) => {
  const [outcome] = await call<ImportOutcome[]>('importFiles', { files: [upload(file)] });
  if (!outcome || !('id' in outcome)) throw new Error(`${file} was not imported`);
  return outcome.id;
};
/** The briefings whose hits show the query's words as typed (a word found nowhere gets "did you mean" hits instead). */
const briefingsFound = async (query: string) => {
  const { hits } = await call<SearchResponse>('search', { query });
  const words = query.split(' ');
  return new Set(hits.filter((hit) => words.some((word) => hit.snippetText.toLowerCase().includes(word))).map((hit) => hit.briefingId));
};

describe('maintainLibrary', () => {
  it('removes what a deleted briefing left in the index, shrinks the file, and search still answers', async () => {
    const andean = await importFile(BUNDLED_BRIEFING);
    const redSea = await importFile(RED_SEA);
    expect(await briefingsFound('houthi')).toEqual(new Set([redSea]));
    await call('deleteBriefing', { id: redSea });

    const report = await call<MaintenanceReport>('maintainLibrary');
    expect(Object.keys(report)).toEqual(['removedTerms', 'bytesBefore', 'bytesAfter']);
    expect(report.removedTerms).toBeGreaterThan(100);
    expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
    expect((await call<MaintenanceReport>('maintainLibrary')).removedTerms).toBe(0);

    expect(await briefingsFound('cocaine seizures')).toEqual(new Set([andean]));
    expect(await briefingsFound('houthi')).toEqual(new Set());
    // The deleted briefing's words come back under new ids: no stale id from before compaction answers for them.
    const again = await importFile(RED_SEA);
    expect(await briefingsFound('houthi')).toEqual(new Set([again]));
    expect(await briefingsFound('cocaine seizures')).toEqual(new Set([andean]));
  });

  it('takes no input beyond an empty object', async () => {
    expect(await dispatch(handlers, 'maintainLibrary', 'everything')).toEqual({
      ok: false,
      error: expect.stringMatching(/^API: invalid input for maintainLibrary: /) as unknown
    });
  });
});
