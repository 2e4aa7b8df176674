import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBriefing } from '../../helpers/run-cli';
import { BUNDLED_BRIEFING, REPO, SAMPLES_DIR, tempDir } from '../../helpers/temp-library';
import { openLibrary } from '../../../src/main/library/open';

const TITLE = 'EU cooperation with Latin America: Combating drug trafficking in the Andean region';
const RED_SEA = path.join(SAMPLES_DIR, '01-red-sea.txt');

/** `briefing ...args` as typed, with stderr as its lines (commander's usage errors included). */
async function cli(...args: string[]) {
  const run = await runBriefing(...args);
  return { ...run, stderr: run.stderr === '' ? [] : run.stderr.split('\n') };
}

async function libraryWith(...files: string[]): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = tempDir();
  const result = await cli('import', ...files, '--data-dir', dataDir, '--json');
  expect(result.code).toBe(0);
  return { dataDir, ids: result.json<Array<{ id: string }>>().map((o) => o.id) };
}

describe('briefing import', () => {
  it('prints, with --json, one entry per file: id, title and counts, or the error', async () => {
    const dataDir = tempDir();
    const missing = path.join(dataDir, 'nope.txt');
    const result = await cli('--data-dir', dataDir, 'import', BUNDLED_BRIEFING, missing, '--json');
    const [ok, failed] = result.json<[Record<string, unknown>, Record<string, unknown>]>();
    expect(Object.keys(ok)).toEqual(['file', 'id', 'title', 'sections', 'blocks']);
    expect(ok).toEqual({ file: BUNDLED_BRIEFING, id: expect.stringMatching(/^[a-z2-9]{8}$/), title: TITLE, sections: 9, blocks: 81 });
    expect(failed).toEqual({ file: missing, error: `Import: ${JSON.stringify(missing)} does not exist` });
    expect(result.stderr).toEqual([`Import: ${JSON.stringify(missing)} does not exist`]);
    expect(result.code).toBe(1);
  });

  it('says what it imported in readable text', async () => {
    const dataDir = tempDir();
    const result = await cli('import', BUNDLED_BRIEFING, '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Imported ${BUNDLED_BRIEFING.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} as [a-z2-9]{8}: "${TITLE}" \\(9 sections, 81 blocks\\)$`)
    );
    expect(result.stderr).toEqual([]);
  });

  it('reports a second import of the same file on stderr and exits with 1', async () => {
    const { dataDir, ids } = await libraryWith(BUNDLED_BRIEFING);
    const again = await cli('import', BUNDLED_BRIEFING, '--data-dir', dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toEqual([`Import: "andean-drug-trafficking.txt" is already in the library as "${TITLE}" (id ${ids[0]})`]);
    expect((await cli('list', '--json', '--data-dir', dataDir)).json<unknown[]>()).toHaveLength(1);
  });

  it('imports a text without structure and warns about it on stderr', async () => {
    const dataDir = tempDir();
    const prose = path.join(dataDir, 'prose.txt');
    fs.writeFileSync(
      prose,
      'Some prose that goes on and on without a single heading, summary or contents list, as notes do.\n\nAnd a second paragraph of it, for good measure, written the same way.\n'
    );
    const result = await cli('import', prose, '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([
      `Import: ${JSON.stringify(prose)}: No headings, summary or contents list were recognised, so the text was imported as one section.`
    ]);
  });

  it('gives each command its own exit code when run again in the same process', async () => {
    const dataDir = tempDir();
    const failed = await cli('import', path.join(dataDir, 'nope.txt'), '--data-dir', dataDir);
    expect(failed.code).toBe(1);
    const listed = await cli('list', '--data-dir', dataDir);
    expect(listed.code).toBe(0);
    expect(process.exitCode).toBeUndefined();
  });

  it('refuses an empty file with one line on stderr and a non-zero exit code', async () => {
    const dataDir = tempDir();
    const empty = path.join(dataDir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const result = await cli('import', empty, '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: ['Import: "empty.txt" is empty'] });
  });
});

describe('briefing list', () => {
  it('prints, with --json, id, title, type, year, counts and how much has been read of each briefing', async () => {
    const { dataDir, ids } = await libraryWith(BUNDLED_BRIEFING, RED_SEA);
    const services = openLibrary(dataDir);
    services.library.saveReadingPosition(ids[1]!, { blockId: null, within: 0 }, 0.25);
    services.close();
    const result = await cli('list', '--data-dir', dataDir, '--json');
    expect(result.code).toBe(0);
    expect(result.json()).toEqual([
      { id: ids[0], title: TITLE, type: 'Briefing', year: 2024, sections: 9, blocks: 81, progress: 0 },
      {
        id: ids[1],
        title: 'Recent threats in the Red Sea: Economic impact on the region and on the EU',
        type: 'Briefing',
        year: 2024,
        sections: 10,
        blocks: 62,
        progress: 0.25
      }
    ]);
  });

  it('prints a readable table, and says how to start when the library is empty', async () => {
    const { dataDir, ids } = await libraryWith(BUNDLED_BRIEFING);
    const result = await cli('list', '--data-dir', dataDir);
    expect(result.stdout.split('\n')).toEqual(['ID        YEAR  TYPE      SECTIONS  TITLE', `${ids[0]}  2024  Briefing  9         ${TITLE}`]);
    expect((await cli('list', '--data-dir', tempDir())).stdout).toBe('The library is empty. Add a briefing with: briefing import FILE');
  });

  it('refuses an unknown sort key with exit code 2', async () => {
    const result = await cli('list', '--sort', 'colour', '--data-dir', tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual(['list: --sort must be one of title, year, imported, opened, type, not "colour"']);
  });
});

describe('briefing import and show with a PDF', () => {
  it('imports a PDF and shows the page of each section and block, the page count and the notes', async () => {
    const pdf = path.join(REPO, 'tests/fixtures/pdf/eprs-bri-2024-artificial-intelligence-act.pdf');
    const { dataDir, ids } = await libraryWith(pdf);
    const doc = (await cli('show', ids[0]!, '--json', '--data-dir', dataDir)).json<{
      metadata: Record<string, unknown>;
      sections: Array<{ title: string; page: number }>;
      blocks: Array<{ id: number; text: string; page: number }>;
      notes: Array<{ number: string; text: string; blockId: number }>;
    }>();
    expect(doc.metadata).toMatchObject({ title: 'Artificial intelligence act', sourceFormat: 'pdf', pages: 12, peNumber: 'PE 698.792' });
    expect(doc.sections.find((s) => s.title === 'Legislative process')?.page).toBe(6);
    expect(doc.notes).toHaveLength(25);
    expect(doc.blocks.find((b) => b.id === doc.notes[0]!.blockId)).toMatchObject({ page: 11, text: doc.notes[0]!.text });
  });
});

describe('briefing show', () => {
  let dataDir: string;
  let id: string;
  beforeAll(async () => {
    const made = await libraryWith(BUNDLED_BRIEFING);
    dataDir = made.dataDir;
    id = made.ids[0]!;
  });

  it('prints, with --json, the metadata, the section tree, the blocks with their links, the figures and the references', async () => {
    const result = await cli('show', id, '--json', '--data-dir', dataDir);
    expect(result.code).toBe(0);
    const doc = result.json<{
      sections: Array<{ id: number; title: string; level: number; parentId: number | null }>;
      blocks: Array<{ id: number; sectionId: number | null; kind: string; text: string; links: unknown[] }>;
      references: unknown[];
      [key: string]: unknown;
    }>();
    // The documented shape (README, `show ID`), plus the list, each section's kind, the notes and the import warnings.
    expect(Object.keys(doc)).toEqual(['id', 'title', 'metadata', 'inThisBriefing', 'sections', 'blocks', 'figures', 'references', 'notes', 'warnings']);
    expect(doc).toMatchObject({
      id,
      title: TITLE,
      metadata: { documentType: 'Briefing', year: 2024, language: 'en', authors: [], peNumber: null, sourceFormat: 'text', pages: null }
    });
    expect(doc.sections[0]).toEqual({ id: expect.any(Number), title: 'Summary', level: 1, parentId: null, kind: 'summary', page: null });
    const political = doc.sections.find((s) => s.title.startsWith('Political and security issues'))!;
    expect(doc.sections.filter((s) => s.parentId === political.id).map((s) => [s.title, s.level])).toEqual([
      ['Bolivia', 2],
      ['Colombia', 2],
      ['Ecuador', 2],
      ['Peru', 2]
    ]);
    const block = doc.blocks.find((b) => b.text.startsWith('Taking into account all armed conflicts'))!;
    expect(Object.keys(block)).toEqual(['id', 'sectionId', 'kind', 'text', 'page', 'links']);
    const at = (words: string) => ({ start: block.text.indexOf(words), end: block.text.indexOf(words) + words.length, text: words, href: null });
    expect(block.links).toEqual([at('Cenepa War'), at('Geneva Academy of International Humanitarian Law and Human Rights')]);
    expect(doc.blocks.at(-1)!.links).toEqual([{ start: 0, end: 21, text: 'http://epthinktank.eu', href: 'http://epthinktank.eu' }]);
    expect(doc.figures).toEqual([
      { number: '1', caption: 'Cocaine cultivated and seized in Bolivia, Colombia and Peru', source: 'UNODC.' },
      { number: '2', caption: 'Main cocaine trafficking routes, 2016-2020', source: 'The Economist, 2022.' }
    ]);
    expect(doc.references).toHaveLength(4);
    expect(doc.references[2]).toEqual({
      text: 'UNODC, World Drug Report 2023, United Nations publication, 2023.',
      authors: ['UNODC'],
      title: 'World Drug Report 2023',
      publisher: 'United Nations publication',
      year: 2023
    });
  });

  it('prints the outline readably, indented by level, with figures and references', async () => {
    const result = await cli('show', id.slice(0, 4), '--data-dir', dataDir);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([TITLE, `Briefing, 2024 · European Parliamentary Research Service · id ${id}`, '']);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Bolivia {2}\(7 blocks, section \d+\)$/));
    expect(lines).toContain('Figure 2 – Main cocaine trafficking routes, 2016-2020 (source: The Economist, 2022.)');
    expect(lines.slice(-5)).toEqual([
      'References',
      '  Gómez Ramírez E., EU security cooperation with Latin America, EPRS, European Parliament, 2017.',
      '  Jütten M., Latin America outlook: Issues to watch in 2024, EPRS, European Parliament, 2024.',
      '  UNODC, World Drug Report 2023, United Nations publication, 2023.',
      '  UNODC, Global report on Cocaine 2023 – Local dynamics, global challenges, United Nations Publications, 2023.'
    ]);
  });

  it('fails with one line naming the id when there is no such briefing', async () => {
    const result = await cli('show', 'zzzzzz', '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: ['Library: no briefing with id "zzzzzz"'] });
  });

  it('fails with a usage error and exit code 2 when the id is missing', async () => {
    const result = await cli('show', '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toBe("error: missing required argument 'id'");
    expect(result.stdout).toBe('');
  });
});

describe('briefing delete', () => {
  it('deletes a briefing and says so, in text or JSON', async () => {
    const { dataDir, ids } = await libraryWith(BUNDLED_BRIEFING, RED_SEA);
    const text = await cli('delete', ids[0]!, '--data-dir', dataDir);
    expect(text).toMatchObject({ code: 0, stdout: `Deleted ${ids[0]}: "${TITLE}"` });
    const json = await cli('--json', '--data-dir', dataDir, 'delete', ids[1]!);
    expect(json.json()).toEqual({ id: ids[1], deleted: true });
    expect((await cli('list', '--json', '--data-dir', dataDir)).json()).toEqual([]);
  });

  it('fails with one line and changes nothing when the id does not exist', async () => {
    const { dataDir } = await libraryWith(BUNDLED_BRIEFING);
    const result = await cli('delete', 'qqqqqq', '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 1, stderr: ['Library: no briefing with id "qqqqqq"'] });
    expect((await cli('list', '--json', '--data-dir', dataDir)).json<unknown[]>()).toHaveLength(1);
  });
});

describe('the briefing command line', () => {
  it('accepts --data-dir and --json before or after the command', async () => {
    const { dataDir } = await libraryWith(BUNDLED_BRIEFING);
    const before = await cli('--data-dir', dataDir, '--json', 'list');
    const after = await cli('list', '--json', '--data-dir', dataDir);
    expect(before.json()).toEqual(after.json());
    expect(before.json<unknown[]>()).toHaveLength(1);
  });

  it('refuses an unknown command with exit code 2', async () => {
    const result = await cli('frobnicate', '--data-dir', tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toBe("error: unknown command 'frobnicate'");
  });
});

describe('the built executable', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO });
  }, 60_000);

  it('imports and lists through node bin/briefing.mjs', () => {
    const dataDir = tempDir();
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/briefing.mjs', '--data-dir', dataDir, ...args], { cwd: REPO, encoding: 'utf8' });
    const imported = run('import', BUNDLED_BRIEFING, '--json');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const [{ id }] = JSON.parse(imported.stdout) as [{ id: string }];
    const listed = run('list', '--json');
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([{ id, title: TITLE, type: 'Briefing', year: 2024, sections: 9, blocks: 81, progress: 0 }]);
    const missing = run('show', 'nothere');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('Library: no briefing with id "nothere"\n');
  }, 60_000);
});
