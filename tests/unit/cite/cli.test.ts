import { describe, expect, it } from 'vitest';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';
import { briefingCli } from '../../helpers/run-cli';

const briefing = briefingCli;

async function libraryWithBriefing() {
  const dataDir = tempDir();
  const imported = await briefing(dataDir, 'import', BUNDLED_BRIEFING, '--json');
  const [{ id }] = JSON.parse(imported.stdout) as [{ id: string }];
  return { dataDir, id };
}

describe('briefing meta', () => {
  it('completes the metadata with --set, several authors separated by ";", and prints it readably', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    const result = await briefing(
      dataDir,
      'meta',
      id,
      '--set',
      'authors=Jütten, Marc; European Parliamentary Research Service',
      '--set',
      'date=2024-04',
      '--set',
      'pe-number=PE 760.390'
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `EU cooperation with Latin America: Combating drug trafficking in the Andean region (${id})`,
        '  Authors    Jütten, Marc; European Parliamentary Research Service',
        '  Date       2024-04',
        '  PE number  PE 760.390',
        '  URL        —'
      ])
    );
    const json = await briefing(dataDir, 'meta', id, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      authors: [{ family: 'Jütten', given: 'Marc' }, { literal: 'European Parliamentary Research Service' }],
      date: '2024-04',
      year: 2024,
      peNumber: 'PE 760.390'
    });
  });

  it('refuses an unknown field as wrong usage (exit 2) and a bad value as a failure (exit 1), one line each', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    expect(await briefing(dataDir, 'meta', id, '--set', 'colour=red')).toMatchObject({
      code: 2,
      stderr: 'meta: there is no field "colour"; fields: title, subtitle, authors, date, documentType, series, publisher, peNumber, url, language'
    });
    expect(await briefing(dataDir, 'meta', id, '--set', 'date')).toMatchObject({ code: 2, stderr: 'meta: --set takes field=value, not "date"' });
    expect(await briefing(dataDir, 'meta', id, '--set', 'url=ftp://example.org')).toMatchObject({
      code: 1,
      stderr: 'Metadata: the URL must be an http:// or https:// address'
    });
  });
});

describe('briefing cite', () => {
  it('quotes a passage with its citation and reference in the style asked for', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    await briefing(dataDir, 'meta', id, '--set', 'authors=Jütten, Marc', '--set', 'date=2024-04');
    const result = await briefing(dataDir, 'cite', id, '--quote', "The EU is Bolivia's largest donor", '--style', 'chicago');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      "“The EU is Bolivia's largest donor” (Jütten 2024, under “Bolivia,” para. 4)\n\n" +
        'Jütten, Marc. 2024. “EU Cooperation with Latin America: Combating Drug Trafficking in the Andean Region.” Briefing. European Parliamentary Research Service.'
    );
  });

  it('prints the whole briefing for a reference manager and the JSON of a citation', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    await briefing(dataDir, 'meta', id, '--set', 'authors=Jütten, Marc', '--set', 'date=2024-04');
    const bibtex = await briefing(dataDir, 'cite', id, '--style', 'bibtex');
    expect(bibtex.stdout).toMatch(/^@techreport\{Jutten2024EU,\n\tauthor = \{Jütten, Marc\},/);
    const json = JSON.parse((await briefing(dataDir, 'cite', id, '--style', 'apa', '--json')).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ style: 'apa', citation: '(Jütten, 2024)', quote: null, deepLink: `briefing-reader://open?briefing=${id}` });
  });

  it('says when a quote is missing or ambiguous, and when the options do not fit', async () => {
    const { dataDir, id } = await libraryWithBriefing();
    expect(await briefing(dataDir, 'cite', id, '--quote', 'unicorns')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Cite: the quote "unicorns" is not in /)
    });
    expect(await briefing(dataDir, 'cite', id, '--quote', 'cocaine')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Cite: the quote "cocaine" occurs \d+ times/)
    });
    expect(await briefing(dataDir, 'cite', id, '--style', 'vancouver')).toMatchObject({
      code: 2,
      stderr: 'cite: --style must be one of apa, chicago, harvard, mla, bibtex, ris, csl-json, not "vancouver"'
    });
    expect(await briefing(dataDir, 'cite', id, '--style', 'ris', '--quote', 'cocaine')).toMatchObject({ code: 2 });
    expect(await briefing(dataDir, 'cite', id, '--block', 'first')).toMatchObject({ code: 2, stderr: 'cite: --block takes a number, not "first"' });
  });
});
