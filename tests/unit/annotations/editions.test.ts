import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationHistory } from '../../../src/main/library/annotations/history';
import { getDraft, saveDraft } from '../../../src/main/library/annotations/drafts';
import { AnnotationService } from '../../../src/main/library/annotations/service';
import type { ContentObserver } from '../../../src/main/library/library';
import { BUNDLED_BRIEFING } from '../../helpers/temp-library';
import { openTestLibrary } from './library-fixtures';

const ORIGINAL = fs.readFileSync(BUNDLED_BRIEFING, 'utf8');
const UNCHANGED = 'Cocaine production recently doubled within six years (from 2014 to 2020).';
const REWORDED_FROM = 'Homicides in Ecuador rose 407 % between 2016 and 2022.';
const REWORDED_TO = 'Homicides in Ecuador rose by 407 % from 2016 to 2022.';
const DELETED = 'improve law-enforcement cooperation with Latin American countries';
const INSERTED = 'This second edition adds a paragraph on the latest seizure figures published by Europol.';

/** The bundled briefing as a second edition: a paragraph inserted, a sentence reworded, a paragraph deleted, a new title. */
function secondEdition(): Buffer {
  const lines = ORIGINAL.split('\n');
  const edited = lines
    .filter((line) => !line.includes(DELETED))
    .map((line) => (line.startsWith('Two of the three South American') ? `${INSERTED}\n\n${line}` : line))
    .join('\n')
    .replace(REWORDED_FROM, REWORDED_TO)
    .replace(
      'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
      'EU cooperation with Latin America: Combating drug trafficking in the Andean region (updated)'
    );
  expect(edited).not.toBe(ORIGINAL);
  return Buffer.from(edited, 'utf8');
}

async function setup() {
  const services = openTestLibrary();
  const [outcome] = await services.library.importFiles([BUNDLED_BRIEFING]);
  const id = (outcome as { id: string }).id;
  const annotations = new AnnotationService(services.library);
  const exact = annotations.create({ briefingId: id, quote: UNCHANGED, note: 'record levels', tags: ['cocaine'] });
  const fuzzy = annotations.create({ briefingId: id, quote: REWORDED_FROM, color: 'pink' });
  const orphan = annotations.create({ briefingId: id, quote: DELETED, note: 'Europol data deals' });
  const trashed = annotations.create({ briefingId: id, quote: 'Latin America is one of the most peaceful regions in the world' });
  annotations.delete(trashed.id);
  return { ...services, db: services.library.db, id, annotations, exact, fuzzy, orphan, trashed };
}

describe('Library.updateFromBytes', () => {
  it('replaces the text, keeps the id and re-anchors every annotation, reporting exact, fuzzy and orphan counts', async () => {
    const { library, id, annotations, exact, fuzzy, orphan, trashed, close } = await setup();
    const result = await library.updateFromBytes(id, secondEdition(), 'andean-2nd.txt');
    expect(result).toEqual({ id, reanchored: { exact: 1, fuzzy: 1, orphan: 1 } });

    const doc = library.get(id);
    expect(doc.edition).toBe(2);
    expect(doc.sourceName).toBe('andean-2nd.txt');
    const text = doc.blocks.map((b) => b.text).join('\n\n');
    expect(text).toContain(INSERTED);

    const now = annotations.get(exact.id);
    expect(now).toMatchObject({ status: 'exact', quote: UNCHANGED, note: 'record levels', tags: ['cocaine'] });
    expect(text.slice(now.start, now.end)).toBe(UNCHANGED);
    expect(now.start).toBeGreaterThan(exact.start);
    const block = doc.blocks.find((b) => b.id === now.blockId)!;
    expect(block.text).toContain(UNCHANGED);

    const reworded = annotations.get(fuzzy.id);
    expect(reworded).toMatchObject({ status: 'fuzzy', quote: REWORDED_TO, color: 'pink' });
    expect(text.slice(reworded.start, reworded.end)).toBe(REWORDED_TO);

    const lost = annotations.get(orphan.id);
    expect(lost).toMatchObject({ status: 'orphan', quote: DELETED, note: 'Europol data deals', blockId: null, sectionId: null });
    expect(annotations.list({ briefingId: id }).map((a) => a.id)).toContain(orphan.id);

    // A deleted annotation was re-anchored too (not counted), so undo puts it in place.
    expect(annotations.restore(trashed.id).status).toBe('exact');
    close();
  });

  it("keeps the previous edition's text and tells, per annotation, what changed in its passage", async () => {
    const { library, db, id, exact, fuzzy, orphan, close } = await setup();
    await library.updateFromBytes(id, secondEdition(), 'andean-2nd.txt');
    const kept = db.prepare('SELECT edition, source_name, blocks FROM editions WHERE briefing_id = ?').all(id) as Array<{
      edition: number;
      source_name: string;
      blocks: string;
    }>;
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ edition: 1, source_name: 'andean-drug-trafficking.txt' });
    const oldBlocks = JSON.parse(kept[0]!.blocks) as Array<{ text: string; textStart: number }>;
    expect(oldBlocks.some((b) => b.text.includes(DELETED))).toBe(true);

    const reworded = annotationHistory(db, fuzzy.id);
    expect(reworded.current).toMatchObject({ edition: 2, status: 'fuzzy', text: REWORDED_TO });
    expect(reworded.previous).toEqual([expect.objectContaining({ edition: 1, status: 'exact', text: REWORDED_FROM })]);
    expect(reworded.changes.filter((c) => c.kind === 'removed').map((c) => c.text.trim())).toContain('between');
    expect(reworded.changes.filter((c) => c.kind === 'added').map((c) => c.text.trim())).toContain('from');
    const rejoined = (kind: 'same' | 'removed' | 'added') =>
      reworded.changes
        .filter((c) => c.kind !== kind)
        .map((c) => c.text)
        .join('');
    expect(rejoined('added')).toBe(REWORDED_FROM);
    expect(rejoined('removed')).toBe(REWORDED_TO);

    expect(annotationHistory(db, exact.id).changes).toEqual([{ kind: 'same', text: UNCHANGED }]);
    expect(annotationHistory(db, orphan.id).changes).toEqual([{ kind: 'removed', text: DELETED }]);
    close();
  });

  it('keeps metadata the user edited and takes the rest from the new file', async () => {
    const { library, db, id, close } = await setup();
    db.prepare("UPDATE briefings SET url = 'https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2024)760385' WHERE id = ?").run(id);
    await library.updateFromBytes(id, secondEdition(), 'andean-2nd.txt');
    const m = library.get(id).metadata;
    expect(m.url).toBe('https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2024)760385');
    expect(m.title).toContain('(updated)');
    close();
  });

  it('moves the reading position and a new-annotation draft into the new text', async () => {
    const { library, db, id, close } = await setup();
    const before = library.get(id);
    const reading = before.blocks.find((b) => b.text.includes(UNCHANGED))!;
    library.saveReadingPosition(id, { blockId: reading.id, within: 0.4 });
    const at = reading.textStart + reading.text.indexOf(UNCHANGED);
    saveDraft(db, library.now(), { briefingId: id, start: at, end: at + UNCHANGED.length, note: 'half-written' });

    await library.updateFromBytes(id, secondEdition(), 'andean-2nd.txt');
    const after = library.get(id);
    const moved = after.blocks.find((b) => b.id === library.readingPosition(id)!.blockId)!;
    expect(moved.text).toContain(UNCHANGED);
    expect(library.readingPosition(id)!.within).toBe(0.4);
    const draft = getDraft(db, { briefingId: id })!;
    const text = after.blocks.map((b) => b.text).join('\n\n');
    expect(text.slice(draft.start!, draft.end!)).toBe(UNCHANGED);
    expect(draft.note).toBe('half-written');
    close();
  });

  it('tells the content observers (the search index) before and after, inside the transaction', async () => {
    const { library, db, id, close } = await setup();
    const seen: string[] = [];
    const observer: ContentObserver = {
      briefingRemoving: (d, b) =>
        seen.push(`removing: ${d.prepare('SELECT count(*) FROM blocks WHERE briefing_id = ? AND text LIKE ?').pluck().get(b, `%${DELETED}%`) as number} old`),
      briefingsWritten: (d, [b]) =>
        seen.push(`written: ${d.prepare('SELECT count(*) FROM blocks WHERE briefing_id = ? AND text LIKE ?').pluck().get(b, `%${INSERTED}%`) as number} new`)
    };
    library.observe(observer);
    await library.updateFromBytes(id, secondEdition(), 'andean-2nd.txt');
    expect(seen).toEqual(['removing: 1 old', 'written: 1 new']);
    expect(db.inTransaction).toBe(false);
    close();
  });

  it('changes nothing when any step fails', async () => {
    const { library, db, id, exact, close } = await setup();
    const snapshot = () => ({
      doc: library.get(id),
      annotations: db.prepare('SELECT * FROM annotations ORDER BY id').all(),
      editions: db.prepare('SELECT count(*) FROM editions').pluck().get()
    });
    const before = snapshot();
    library.observe({
      briefingRemoving: () => undefined,
      briefingsWritten: () => {
        throw new Error('Search: index write failed');
      }
    });
    await expect(library.updateFromBytes(id, secondEdition(), 'andean-2nd.txt')).rejects.toThrow('Search: index write failed');
    expect(snapshot()).toEqual(before);
    expect(new AnnotationService(library).get(exact.id).status).toBe('exact');
    close();
  });

  it("refuses the current edition's own text, and the text of another briefing, with one line each", async () => {
    const { library, id, close } = await setup();
    await expect(library.updateFromBytes(id, fs.readFileSync(BUNDLED_BRIEFING), 'same.txt')).rejects.toThrow(
      new RegExp(`^Update: "same\\.txt" has the same text as the current edition \\(1\\) of ".*" \\(${id}\\); nothing to update$`)
    );
    const [other] = await library.importFiles([
      BUNDLED_BRIEFING.replace('resources/briefings/andean-drug-trafficking.txt', 'tests/fixtures/samples/03-generative-ai-conscious.txt')
    ]);
    const otherId = (other as { id: string }).id;
    const sample = fs.readFileSync(
      BUNDLED_BRIEFING.replace('resources/briefings/andean-drug-trafficking.txt', 'tests/fixtures/samples/03-generative-ai-conscious.txt')
    );
    await expect(library.updateFromBytes(id, sample, '03.txt')).rejects.toThrow(`is already in the library as`);
    await expect(library.updateFromBytes(id, sample, '03.txt')).rejects.toThrow(`(${otherId}); delete that one first or update it instead`);
    expect(library.get(id).edition).toBe(1);
    close();
  });
});
