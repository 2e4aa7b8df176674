import { describe, expect, it } from 'vitest';
import { clearDraft, getDraft, listDrafts, saveDraft } from '../../../src/main/library/annotations/drafts';
import { AnnotationService } from '../../../src/main/library/annotations/service';
import { addBriefing, ANDEAN, openTestLibrary } from './library-fixtures';

function setup() {
  const services = openTestLibrary();
  const id = addBriefing(services, 'Combating drug trafficking', ANDEAN);
  const block = services.library.get(id).blocks[0]!;
  const start = block.textStart + block.text.indexOf('Homicides');
  return { ...services, db: services.library.db, id, start, end: start + 'Homicides in Ecuador'.length };
}

describe('drafts', () => {
  it("keeps a new annotation's half-written note with its selection across a reopen (a crash or reload)", async () => {
    const { db, library, id, start, end, dataDir, close } = await setup();
    saveDraft(db, library.now(), { briefingId: id, start, end, note: 'Compare with UNODC', color: 'green', tags: ['ecua'] });
    close();
    const reopened = openTestLibrary(dataDir);
    expect(getDraft(reopened.library.db, { briefingId: id })).toMatchObject({
      briefingId: id,
      annotationId: null,
      start,
      end,
      quote: 'Homicides in Ecuador',
      note: 'Compare with UNODC',
      color: 'green',
      tags: ['ecua']
    });
    expect(listDrafts(reopened.library.db)).toHaveLength(1);
    reopened.close();
  });

  it('replaces the draft on each save and clears it when the annotation is created', async () => {
    const { db, library, id, start, end, close } = await setup();
    saveDraft(db, library.now(), { briefingId: id, start, end, note: 'first' });
    saveDraft(db, library.now(), { briefingId: id, start, end, note: 'first words, then more' });
    expect(listDrafts(db, id).map((d) => d.note)).toEqual(['first words, then more']);
    new AnnotationService(library).create({ briefingId: id, start, end, note: 'first words, then more' });
    expect(getDraft(db, { briefingId: id })).toBeNull();
    close();
  });

  it('keeps an edit of an existing note apart, clears it when the note is saved, and hides it while the annotation is deleted', async () => {
    const { db, library, id, start, end, close } = await setup();
    const annotations = new AnnotationService(library);
    const a = annotations.create({ briefingId: id, start, end, note: 'old' });
    saveDraft(db, library.now(), { briefingId: id, annotationId: a.id, note: 'new, unsaved' });
    expect(getDraft(db, { briefingId: id, annotationId: a.id })?.note).toBe('new, unsaved');
    annotations.delete(a.id);
    expect(listDrafts(db, id)).toEqual([]);
    annotations.restore(a.id);
    expect(listDrafts(db, id)).toHaveLength(1);
    annotations.update({ id: a.id, note: 'new, saved' });
    expect(getDraft(db, { briefingId: id, annotationId: a.id })).toBeNull();
    close();
  });

  it('clears a draft on request and refuses one for an annotation of another briefing', async () => {
    const services = await setup();
    const { db, library, id, start, end } = services;
    saveDraft(db, library.now(), { briefingId: id, start, end, note: 'x' });
    clearDraft(db, { briefingId: id });
    expect(listDrafts(db)).toEqual([]);
    const other = addBriefing(services, 'Other', [['Only', ['Peru.']]]);
    const a = new AnnotationService(library).create({ briefingId: other, quote: 'Peru' });
    expect(() => saveDraft(db, library.now(), { briefingId: id, annotationId: a.id, note: 'x' })).toThrow(
      `Annotations: no annotation with id "${a.id}" in briefing ${id}`
    );
    services.close();
  });
});
