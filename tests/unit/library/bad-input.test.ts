import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/main/library/import/decode';
import type { Library } from '../../../src/main/library/library';
import type { BriefingDocument, ImportOutcome } from '../../../src/shared/types';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir, tempLibrary } from '../../helpers/temp-library';

/** Every row of every table, hashed: equal snapshots mean the library is exactly as it was. */
function snapshot(library: Library): { briefings: unknown; tables: Record<string, string> } {
  const tables = library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{
    name: string;
  }>;
  const hashes: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = (library.db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
    hashes[name] = crypto.createHash('sha256').update(rows.join('\n')).digest('hex');
  }
  return { briefings: library.list(), tables: hashes };
}

/** What a reader sees of a document, without the ids a new import assigns afresh. */
function readerView(doc: BriefingDocument): unknown {
  const titles = new Map(doc.sections.map((s) => [s.id, s.title]));
  return {
    metadata: doc.metadata,
    sections: doc.sections.map((s) => [s.title, s.level, s.kind]),
    blocks: doc.blocks.map(({ id: _id, sectionId, ...block }) => ({ ...block, section: sectionId === null ? null : titles.get(sectionId) })),
    figures: doc.figures.map(({ number, caption, source }) => [number, caption, source]),
    references: doc.references.map(({ blockId: _id, ...reference }) => reference)
  };
}

const dir = tempDir('briefing-bad-input-');
const file = (name: string, content: string | Uint8Array): string => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
};
const PLAIN = fs.readFileSync(BUNDLED_BRIEFING);

describe('importing bad input', () => {
  const { library } = tempLibrary();
  beforeAll(async () => {
    expect((await library.importFiles([BUNDLED_BRIEFING]))[0]).not.toHaveProperty('error');
  });

  const missing = path.join(dir, 'missing.txt');
  const folder = path.join(dir, 'a-folder.txt');
  fs.mkdirSync(folder);
  const huge = path.join(dir, 'huge.txt');
  fs.writeFileSync(huge, Buffer.alloc(MAX_IMPORT_BYTES + 1024 * 1024, 'a'));

  it.each<[string, string, string]>([
    ['an empty file', file('empty.txt', ''), 'Import: "empty.txt" is empty'],
    ['a file of blank lines', file('blank.txt', ' \n\t\n  \r\n'), 'Import: "blank.txt" is empty (it holds only white space)'],
    [
      'a binary file',
      file('picture.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
      'Import: "picture.png" is a binary file, not text'
    ],
    [
      'a Latin-1 file, not UTF-8',
      file('latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1')),
      'Import: "latin1.txt" is not valid UTF-8 text (first bad byte at offset 3)'
    ],
    [
      'UTF-16 with a broken surrogate',
      file('broken16.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])),
      'Import: "broken16.txt" is not valid UTF-16 text'
    ],
    ['a file over the size limit', huge, `Import: ${JSON.stringify(huge)} is too large (17.0 MiB; the limit is 16 MiB)`],
    ['a missing file', missing, `Import: ${JSON.stringify(missing)} does not exist`],
    ['a directory', folder, `Import: ${JSON.stringify(folder)} is a directory, not a file`]
  ])('refuses %s with a one-line message and leaves the library exactly as it was', async (_what, target, message) => {
    const before = snapshot(library);
    const outcomes: ImportOutcome[] = await library.importFiles([target]);
    expect(outcomes).toEqual([{ file: target, error: message }]);
    expect(message).not.toContain('\n');
    expect(snapshot(library)).toEqual(before);
  });

  it('refuses oversized bytes handed over directly (the app imports base64 files) before decoding them', async () => {
    const before = snapshot(library);
    await expect(library.importBytes(new Uint8Array(MAX_IMPORT_BYTES + 1), 'dropped.txt')).rejects.toThrow(
      'Import: "dropped.txt" is too large (16.0 MiB; the limit is 16 MiB)'
    );
    expect(snapshot(library)).toEqual(before);
  });

  it('imports the good files of a batch even when others in it are bad', async () => {
    const other = tempLibrary().library;
    const outcomes = await other.importFiles([missing, BUNDLED_BRIEFING, folder]);
    expect(outcomes.map((o) => ('error' in o ? 'error' : 'imported'))).toEqual(['error', 'imported', 'error']);
    expect(other.list()).toHaveLength(1);
  });

  it('reports the same text imported again as a duplicate and changes nothing', async () => {
    const before = snapshot(library);
    const [again] = await library.importFiles([BUNDLED_BRIEFING]);
    expect(again).toMatchObject({ error: expect.stringMatching(/^Import: "andean-drug-trafficking.txt" is already in the library as "EU cooperation/) });
    expect(snapshot(library)).toEqual(before);
  });

  it('imports a text with no recognisable structure as one section, with a warning', async () => {
    const prose = file(
      'field notes.txt',
      'It was a quiet morning in the archive, and the analyst read the long report again, line by line, looking for the passage about funding.\n\n' +
        'Nothing in it had a heading, a summary or a list of contents; it was just prose, paragraph after paragraph, the way notes are written.\n'
    );
    const [outcome] = await library.importFiles([prose]);
    expect(outcome).toMatchObject({
      title: 'field notes',
      sections: 1,
      blocks: 2,
      warnings: ['No headings, summary or contents list were recognised, so the text was imported as one section.']
    });
    const doc = library.get((outcome as { id: string }).id);
    expect(doc.sections.map((s) => s.title)).toEqual(['field notes']);
    expect(doc.warnings).toHaveLength(1);
  });
});

describe('importing other encodings of the same text', () => {
  const text = PLAIN.toString('utf8');
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const variants: Array<[string, Uint8Array]> = [
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), PLAIN])],
    ['UTF-16 little-endian with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['UTF-16 big-endian with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['CRLF line endings', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')],
    ['UTF-16 with CRLF line endings', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')])]
  ];
  let plain: unknown;
  beforeAll(async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    plain = readerView(library.get((outcome as { id: string }).id));
  });

  it.each(variants)('imports %s to exactly the same blocks as the plain file', async (_what, bytes) => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([file(`variant-${crypto.randomUUID()}.txt`, bytes)]);
    expect(outcome).not.toHaveProperty('error');
    expect(readerView(library.get((outcome as { id: string }).id))).toEqual(plain);
  });

  it('recognises an encoded copy of a briefing already in the library as the same text', async () => {
    const { library } = tempLibrary();
    await library.importFiles([BUNDLED_BRIEFING]);
    const [copy] = await library.importFiles([file('utf16-copy.txt', variants[1]![1])]);
    expect(copy).toMatchObject({ duplicateOf: library.list()[0]!.id });
  });
});

describe('a failure while an import is being written', () => {
  it('rolls the whole import back when the store fails on a late row', async () => {
    const { library } = tempLibrary();
    await library.importFiles([BUNDLED_BRIEFING]);
    const otherSample = path.join(SAMPLES_DIR, '01-red-sea.txt');
    // The references and figures are written after the briefing, its sections and its blocks.
    library.db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON figures WHEN NEW.number = '2' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = snapshot(library);
    const [outcome] = await library.importFiles([otherSample]);
    expect(outcome).toEqual({ file: otherSample, error: `Import: ${JSON.stringify(otherSample)} could not be saved: disk trouble` });
    expect(snapshot(library)).toEqual(before);

    library.db.exec('DROP TRIGGER fail_late');
    expect((await library.importFiles([otherSample]))[0]).not.toHaveProperty('error');
    expect(library.list()).toHaveLength(2);
  });

  it('rolls the import back when keeping derived data in step fails', async () => {
    const { library } = tempLibrary();
    library.observe({
      briefingsWritten: () => {
        throw new Error('the search index could not be updated');
      },
      briefingRemoving: () => undefined
    });
    const before = snapshot(library);
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    expect(outcome).toEqual({
      file: BUNDLED_BRIEFING,
      error: `Import: ${JSON.stringify(BUNDLED_BRIEFING)} could not be saved: the search index could not be updated`
    });
    expect(snapshot(library)).toEqual(before);
  });
});
