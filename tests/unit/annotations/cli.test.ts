import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingCli } from '../../helpers/run-cli';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';

const cli = briefingCli;

async function libraryWithBriefing() {
  const dataDir = tempDir();
  const imported = await cli(dataDir, 'import', BUNDLED_BRIEFING, '--json');
  const [{ id }] = imported.json() as [{ id: string }];
  return { dataDir, id };
}

const QUOTE = 'Homicides in Ecuador rose 407 % between 2016 and 2022.';

describe('briefing annotate', () => {
  it('highlights a quote and prints the annotation in the documented JSON shape', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    const result = await cli(
      dataDir,
      'annotate',
      id,
      '--quote',
      QUOTE,
      '--note',
      'Sharp rise',
      '--color',
      'pink',
      '--tag',
      'ecuador',
      '--tag',
      'violence',
      '--json'
    );
    expect(result.code).toBe(0);
    const a = result.json() as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(['id', 'briefingId', 'sectionId', 'blockId', 'quote', 'note', 'color', 'tags', 'status', 'created', 'modified']);
    expect(a).toMatchObject({ briefingId: id, quote: QUOTE, note: 'Sharp rise', color: 'pink', tags: ['ecuador', 'violence'], status: 'exact' });
    expect(typeof a.blockId).toBe('number');
  });

  it('prints a readable confirmation without --json', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    const result = await cli(dataDir, 'annotate', id, '--quote', QUOTE, '--tag', 'ecuador');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Annotated ${id}`);
    expect(result.stdout).toContain(`“${QUOTE}” #ecuador`);
  });

  it('fails with one line naming the briefing and the quote when the quote is missing or ambiguous', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    const missing = await cli(dataDir, 'annotate', id, '--quote', 'heroin from Mars');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(new RegExp(`^Annotate: the quote "heroin from Mars" is not in ".+" \\(${id}\\)$`));
    const ambiguous = await cli(dataDir, 'annotate', id, '--quote', 'cocaine');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/^Annotate: the quote "cocaine" occurs \d+ times in ".+" \(\w+\); give a prefix or suffix/);
    expect(ambiguous.stderr.split('\n')).toHaveLength(1);
    const badColour = await cli(dataDir, 'annotate', id, '--quote', QUOTE, '--color', 'red');
    expect(badColour.stderr).toBe('Annotations: colour "red" is not one of yellow, green, blue, pink, purple');
    const listed = await cli(dataDir, 'annotations', '--json');
    expect(listed.json()).toEqual([]);
  });
});

describe('briefing annotations', () => {
  it('lists annotations with filters, as JSON or readable text', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    await cli(dataDir, 'annotate', id, '--quote', QUOTE, '--tag', 'ecuador', '--color', 'pink');
    await cli(dataDir, 'annotate', id, '--quote', 'Cocaine production recently doubled', '--note', 'UNODC 2023');
    const all = (await cli(dataDir, 'annotations', id, '--json')).json() as Array<{ quote: string }>;
    expect(all.map((a) => a.quote)).toEqual([QUOTE, 'Cocaine production recently doubled']);
    expect(((await cli(dataDir, 'annotations', '--tag', 'ecuador', '--json')).json() as unknown[]).length).toBe(1);
    expect(((await cli(dataDir, 'annotations', '--color', 'yellow', '--json')).json() as Array<{ note: string }>)[0]!.note).toBe('UNODC 2023');
    expect((await cli(dataDir, 'annotations', '--status', 'orphan', '--json')).json()).toEqual([]);
    expect(((await cli(dataDir, 'annotations', '--search', 'unodc', '--json')).json() as unknown[]).length).toBe(1);
    const text = await cli(dataDir, 'annotations');
    expect(text.stdout).toContain(`(${id})`);
    expect(text.stdout).toContain('pink    exact   “Homicides in Ecuador');
    const bad = await cli(dataDir, 'annotations', '--status', 'lost');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('annotations: --status must be one of exact, fuzzy, orphan, not "lost"');
  });
});

describe('briefing import --update', () => {
  it('updates a briefing to a new edition and prints exactly { id, reanchored } with --json', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    await cli(dataDir, 'annotate', id, '--quote', QUOTE);
    await cli(dataDir, 'annotate', id, '--quote', 'Cocaine production recently doubled within six years');
    const edited = path.join(tempDir(), 'andean-2nd.txt');
    fs.writeFileSync(
      edited,
      fs.readFileSync(BUNDLED_BRIEFING, 'utf8').replace('Cocaine production recently doubled within six years', 'Cocaine production doubled in only six years')
    );
    const result = await cli(dataDir, 'import', edited, '--update', id, '--json');
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({ id, reanchored: { exact: 1, fuzzy: 1, orphan: 0 } });
    const statuses = ((await cli(dataDir, 'annotations', id, '--json')).json() as Array<{ status: string }>).map((a) => a.status);
    expect(statuses.sort()).toEqual(['exact', 'fuzzy']);
  });

  it('says in one line when the file is the current edition, and refuses several files', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    const same = await cli(dataDir, 'import', BUNDLED_BRIEFING, '--update', id);
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(/^Update: "andean-drug-trafficking\.txt" has the same text as the current edition \(1\) of ".+" \(\w+\); nothing to update$/);
    const two = await cli(dataDir, 'import', BUNDLED_BRIEFING, BUNDLED_BRIEFING, '--update', id);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('import: --update takes exactly one file, not 2');
    const text = await cli(dataDir, 'import', path.join(tempDir(), 'missing.txt'), '--update', id);
    expect(text.stderr).toMatch(/^Import: ".*missing\.txt" does not exist$/);
  });
});
