import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingCli, runBriefing } from '../../helpers/run-cli';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir } from '../../helpers/temp-library';

const RED_SEA = path.join(SAMPLES_DIR, '01-red-sea.txt');

interface Report {
  removedTerms: number;
  bytesBefore: number;
  bytesAfter: number;
}

describe('briefing maintain', () => {
  it('removes the search terms a deleted briefing left behind, shrinks the file, and search still answers', async () => {
    const dataDir = tempDir();
    const imported = (await briefingCli(dataDir, 'import', BUNDLED_BRIEFING, RED_SEA, '--json')).json<Array<{ id: string }>>();
    expect((await briefingCli(dataDir, 'search', 'Houthi', '--json')).json<unknown[]>().length).toBeGreaterThan(0);
    expect((await briefingCli(dataDir, 'delete', imported[1]!.id)).code).toBe(0);

    const first = await briefingCli(dataDir, 'maintain', '--json');
    expect(first.code).toBe(0);
    const report = first.json<Report>();
    expect(Object.keys(report)).toEqual(['removedTerms', 'bytesBefore', 'bytesAfter']);
    expect(report.removedTerms).toBeGreaterThan(100);
    expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
    expect((await briefingCli(dataDir, 'maintain', '--json')).json<Report>().removedTerms).toBe(0);

    const hits = (await briefingCli(dataDir, 'search', 'cocaine seizures', '--json')).json<Array<{ briefingId: string }>>();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.briefingId === imported[0]!.id)).toBe(true);
  });

  it('says what it did in one line of text', async () => {
    const dataDir = tempDir();
    await briefingCli(dataDir, 'import', BUNDLED_BRIEFING);
    const run = await briefingCli(dataDir, 'maintain');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Removed 0 unused search terms; the library went from [\d.,]+ [KM]B to [\d.,]+ [KM]B\.$/);
  });

  it('refuses an argument it does not take with one line', async () => {
    const run = await runBriefing('maintain', 'everything', '--data-dir', tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/too many arguments for 'maintain'/);
  });
});
