import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../src/main/library/annotations/service';
import { exportNotes } from '../../../src/main/library/export/notes-export';
import { importNotes } from '../../../src/main/library/export/notes-import';
import { policedNoteSource } from '../../../src/main/library/export/note-markdown';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir, tempLibrary } from '../../helpers/temp-library';
import { COMPLETED_METADATA } from '../cite/bundled-briefing';
import { briefingCli } from '../../helpers/run-cli';
import { annotatedBriefing, ECUADOR_QUOTE } from './annotated-briefing';

const source = await annotatedBriefing();
afterAll(() => source.close());
const exported = await exportNotes(source.library, { briefingId: source.id, format: 'json', style: 'apa' });
const file = exported.bytes;

/** A fresh library holding the bundled briefing as read from `text` (the file's own text by default). */
async function libraryWith(text = fs.readFileSync(BUNDLED_BRIEFING, 'utf8'), metadata = true) {
  const services = tempLibrary();
  const outcome = await services.library.importBytes(new TextEncoder().encode(text), 'andean-drug-trafficking.txt');
  if (!('id' in outcome)) throw new Error(outcome.error);
  const id = outcome.id;
  if (metadata) services.library.updateMetadata(id, COMPLETED_METADATA);
  return { ...services, id, annotations: () => new AnnotationService(services.library).list({ briefingId: id }) };
}

describe('importNotes', () => {
  it('restores every annotation on the same briefing in another library, with its id, note (as the app shows it), tags, colour and dates', async () => {
    const target = await libraryWith();
    const result = importNotes(target.library, file, 'notes.json');
    expect(result).toEqual({ file: 'notes.json', added: 4, alreadyPresent: 0, reanchored: { exact: 4, fuzzy: 0, orphan: 0 }, unmatched: [] });
    const strip = (a: { briefingId: string; sectionId: number | null; blockId: number | null; briefingTitle: string }) => {
      const { briefingId: _b, sectionId: _s, blockId: _k, ...rest } = a;
      return rest;
    };
    const asExported = new AnnotationService(source.library).list({ briefingId: source.id }).map((a) => ({ ...a, note: policedNoteSource(a.note) }));
    expect(target.annotations().map(strip)).toEqual(asExported.map(strip));
    target.close();
  });

  it('adds nothing when the same file is imported twice', async () => {
    const target = await libraryWith();
    importNotes(target.library, file, 'notes.json');
    const again = importNotes(target.library, file, 'notes.json');
    expect(again).toMatchObject({ added: 0, alreadyPresent: 4 });
    expect(target.annotations()).toHaveLength(4);
    target.close();
  });

  it('finds the briefing by its title when its text has changed, and re-anchors the changed passage approximately', async () => {
    const edited = fs.readFileSync(BUNDLED_BRIEFING, 'utf8').replace(ECUADOR_QUOTE, 'Homicides in Ecuador rose by 407 % between 2016 and 2022.');
    const target = await libraryWith(edited, false);
    const result = importNotes(target.library, file, 'notes.json');
    expect(result).toMatchObject({ added: 4, reanchored: { exact: 3, fuzzy: 1, orphan: 0 } });
    expect(target.annotations().find((a) => a.status === 'fuzzy')!.quote).toBe('Homicides in Ecuador rose by 407 % between 2016 and 2022.');
    target.close();
  });

  it('reports notes whose briefing is not in the library and adds none of them', async () => {
    const other = tempLibrary();
    await other.library.importFiles([path.join(SAMPLES_DIR, '01-red-sea.txt')]);
    const result = importNotes(other.library, file, 'notes.json');
    expect(result).toMatchObject({
      added: 0,
      unmatched: [{ briefing: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region', annotations: 4 }]
    });
    other.close();
  });

  it('writes nothing when one annotation of the file cannot be imported', async () => {
    const target = await libraryWith();
    const broken = JSON.parse(new TextDecoder().decode(file)) as { first: { items: Array<{ stylesheet?: unknown; body?: unknown }> } };
    broken.first.items[3]!.body = [{ type: 'TextualBody', value: 'not a tag!', purpose: 'tagging' }];
    expect(() => importNotes(target.library, new TextEncoder().encode(JSON.stringify(broken)), 'notes.json')).toThrow(/^Annotations: tag "not-a-tag!"/);
    expect(target.annotations()).toEqual([]);
    target.close();
  });
});

describe('briefing export-notes and import-notes', () => {
  const briefing = briefingCli;

  it("exports a briefing's notes to a file and imports them into another library, twice without duplicates", async () => {
    const out = path.join(tempDir(), 'notes.json');
    const exportRun = await briefing(source.dataDir, 'export-notes', source.id, '--format', 'json', '--out', out);
    expect(exportRun).toMatchObject({ code: 0, stdout: `Exported 4 notes from 1 briefing to ${out}` });
    const target = await libraryWith();
    const dataDir = target.dataDir;
    target.close();
    expect(await briefing(dataDir, 'import-notes', out)).toMatchObject({
      code: 0,
      stdout: `Imported 4 notes from ${out} (4 exact, 0 fuzzy, 0 orphaned); 0 already in the library`
    });
    expect(await briefing(dataDir, 'import-notes', out)).toMatchObject({
      stdout: `Imported 0 notes from ${out} (0 exact, 0 fuzzy, 0 orphaned); 4 already in the library`
    });
  });

  it('writes Markdown to standard output, asks for a file for Word, and refuses an unknown format', async () => {
    const markdown = await briefing(source.dataDir, 'export-notes', source.id, '--format', 'md');
    expect(markdown.stdout.startsWith('---\ntitle: "EU cooperation with Latin America: Combating')).toBe(true);
    expect(await briefing(source.dataDir, 'export-notes', source.id, '--format', 'docx')).toMatchObject({
      code: 2,
      stderr: 'export-notes: a Word document needs --out FILE'
    });
    expect(await briefing(source.dataDir, 'export-notes', '--format', 'pdf')).toMatchObject({
      code: 2,
      stderr: 'export-notes: --format must be one of md, html, csv, json, docx, not "pdf"'
    });
  });

  it('suggests the same file name on every export of a briefing, so a new export replaces the old file', async () => {
    const again = await exportNotes(source.library, { briefingId: source.id, format: 'md' });
    expect(again.filename).toBe('EU cooperation with Latin America - notes.md');
    expect((await exportNotes(source.library, { format: 'csv' })).filename).toBe('Briefing Reader notes.csv');
  });
});
