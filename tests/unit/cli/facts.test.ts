import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBriefing } from '../../helpers/run-cli';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';

let dataDir = '';
let id = '';

beforeAll(async () => {
  dataDir = tempDir();
  const result = await runBriefing('--data-dir', dataDir, 'import', BUNDLED_BRIEFING, '--json');
  id = result.json<Array<{ id: string }>>()[0]!.id;
}, 60_000);

describe('briefing facts', () => {
  it('prints, with --json, exactly the documented fields', async () => {
    const result = await runBriefing('--data-dir', dataDir, 'facts', id, '--json');
    expect(result.code).toBe(0);
    const facts = result.json<Array<Record<string, unknown>>>();
    expect(facts.length).toBeGreaterThan(50);
    expect(Object.keys(facts[0]!)).toEqual([
      'id',
      'briefingId',
      'sectionId',
      'blockId',
      'text',
      'value',
      'valueTo',
      'unit',
      'scale',
      'measure',
      'entity',
      'period',
      'qualifier'
    ]);
    const profit = facts.find((f) => f.value === 139);
    expect(profit).toMatchObject({ scale: 'billion', unit: 'EUR', qualifier: 'around', period: null });
  });

  it('filters by measure, entity and year', async () => {
    const result = await runBriefing('--data-dir', dataDir, 'facts', '--measure', 'homicide rate', '--entity', 'ecuador', '--year', '2023', '--json');
    expect(result.json<Array<{ value: number; period: unknown }>>().map((f) => [f.value, f.period])).toEqual([
      [45, { from: 2023, to: 2023 }],
      [45, { from: 2023, to: 2023 }]
    ]);
  });

  it('lists the flags with --flags --json as kind, factIds and note', async () => {
    const result = await runBriefing('--data-dir', dataDir, 'facts', '--flags', '--json');
    const flags = result.json<Array<Record<string, unknown>>>();
    expect(Object.keys(flags[0]!)).toEqual(['kind', 'factIds', 'note']);
    expect(new Set(flags.map((f) => f.kind))).toEqual(new Set(['conflict', 'period-mismatch', 'suspicious-unit', 'corroborated']));
  });

  it('writes CSV with a byte-order mark, a citation and a deep link per row, that a CSV parser reads back', async () => {
    const result = await runBriefing('--data-dir', dataDir, 'facts', '--measure', 'cocaine', '--format', 'csv');
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(result.stdout.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(3);
    const seized = rows.find((r) => r.Figure === '303 tonnes')!;
    expect(seized['Period from']).toBe('2021');
    expect(seized.Citation).toMatch(/\(.*2024.*\)/);
    expect(seized.Link).toMatch(new RegExp(`^briefing-reader://open\\?briefing=${id}&block=\\d+&start=\\d+&end=\\d+$`));
  });

  it('refuses a year that is not a year, in one line naming the option', async () => {
    const result = await runBriefing('--data-dir', dataDir, 'facts', '--year', '21');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('facts: --year must be a four-digit year such as 2021, not "21"');
  });
});
