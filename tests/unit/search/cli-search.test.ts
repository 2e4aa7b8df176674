import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/open';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir } from '../../helpers/temp-library';
import { briefingCli } from '../../helpers/run-cli';
import path from 'node:path';

async function library(): Promise<{ dataDir: string; andes: string; redSea: string }> {
  const dataDir = tempDir();
  const services = openLibrary(dataDir);
  const [andes, redSea] = await services.library.importFiles([BUNDLED_BRIEFING, path.join(SAMPLES_DIR, '01-red-sea.txt')]);
  services.close();
  return { dataDir, andes: (andes as { id: string }).id, redSea: (redSea as { id: string }).id };
}

describe('briefing search', async () => {
  const lib = await library();

  it('prints the ranked hits as JSON with briefing, section, block, score and snippet, the snippets marked', async () => {
    const run = await briefingCli(lib.dataDir, 'search', 'cocaine seizures', '--json');
    expect(run.code).toBe(0);
    const hits = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(hits.length).toBeGreaterThan(2);
    expect(Object.keys(hits[0]!)).toEqual(expect.arrayContaining(['briefingId', 'briefingTitle', 'sectionId', 'sectionTitle', 'blockId', 'score', 'snippet']));
    expect(hits[0]).toMatchObject({ briefingId: lib.andes, snippet: expect.stringMatching(/\*\*cocaine\*\*/i) });
    expect(hits.map((h) => h.sectionTitle)).toEqual(expect.arrayContaining(['Bolivia', 'Introduction']));
    const scores = hits.map((h) => h.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('groups readable hits by briefing and section', async () => {
    const run = await briefingCli(lib.dataDir, 'search', 'Houthis', '--limit', '3');
    expect(run.stdout.split('\n')[0]).toMatch(/^\d+ passages match "Houthis" \(showing 3\)\.$/);
    expect(run.stdout).toContain(`Recent threats in the Red Sea: Economic impact on the region and on the EU  (${lib.redSea})`);
    expect(run.stdout).toContain('**Houthis**');
  });

  it('joins several words into one query and applies --year, --type and --briefing', async () => {
    const byYear = JSON.parse(
      (await briefingCli(lib.dataDir, 'search', 'European', 'Union', '--year', '2024', '--briefing', lib.redSea, '--json')).stdout
    ) as Array<{ briefingId: string }>;
    expect(byYear.length).toBeGreaterThan(0);
    expect(new Set(byYear.map((h) => h.briefingId))).toEqual(new Set([lib.redSea]));
    const byType = await briefingCli(lib.dataDir, 'search', 'cocaine', '--type', 'At a glance', '--json');
    expect(JSON.parse(byType.stdout)).toEqual([]);
  });

  it('says when nothing matches and suggests the closest words', async () => {
    const run = await briefingCli(lib.dataDir, 'search', 'narcotrafficant');
    expect(run.stdout).toContain('No results for "narcotrafficant".');
  });

  it('offers the corrected query for a misspelling, on stdout and beside the JSON on stderr', async () => {
    const run = await briefingCli(lib.dataDir, 'search', 'trafficing', 'routes', 'FARC');
    expect(run.stdout).toContain('Did you mean: trafficking routes FARC?');
    const json = await briefingCli(lib.dataDir, 'search', 'trafficing routes FARC', '--json');
    expect((JSON.parse(json.stdout) as unknown[]).length).toBeGreaterThan(0);
    expect(json.stderr).toContain('search: did you mean "trafficking routes FARC"?');
  });

  it('explains a repaired query without failing', async () => {
    const run = await briefingCli(lib.dataDir, 'search', '"money laundering');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Note: A quotation mark was not closed; the phrase was read to the end of the search.');
  });

  it.each([
    [['--limit', '0'], 'search: --limit must be a whole number from 1 to 500, not "0"'],
    [['--year', 'soon'], 'search: --year must be a year or range such as 2024, 2020..2024 or >=2020, not "soon"'],
    [['--briefing', 'zzzzzz'], 'Library: no briefing with id "zzzzzz"']
  ])('refuses bad options %j with one line', async (args, message) => {
    const run = await briefingCli(lib.dataDir, 'search', 'cocaine', ...args);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toBe(message);
  });
});
