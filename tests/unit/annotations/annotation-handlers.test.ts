import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationHandlers } from '../../../src/main/api/annotation-handlers';
import { dispatch } from '../../../src/main/api/dispatch';
import type { Handlers } from '../../../src/shared/contract';
import { BUNDLED_BRIEFING } from '../../helpers/temp-library';
import { openTestLibrary } from './library-fixtures';

async function setup() {
  const services = openTestLibrary();
  const [outcome] = await services.library.importFiles([BUNDLED_BRIEFING]);
  const id = (outcome as { id: string }).id;
  let notified = 0;
  const handlers = annotationHandlers({ library: services.library, version: 'test', notifyLibraryChanged: () => (notified += 1) }) as Handlers;
  const call = (method: string, input: unknown) => dispatch(handlers, method, input);
  return { ...services, id, call, notified: () => notified };
}

describe('annotation handlers', () => {
  it('creates, updates, deletes and restores through the contract, telling the library view when counts change', async () => {
    const { id, call, notified, close } = await setup();
    const created = await call('createAnnotation', { briefingId: id, quote: 'Homicides in Ecuador rose 407 %', tags: ['ecuador'] });
    expect(created).toMatchObject({ ok: true, value: { quote: 'Homicides in Ecuador rose 407 %', status: 'exact', tags: ['ecuador'] } });
    expect(notified()).toBe(1);
    const annotationId = (created as { value: { id: string } }).value.id;
    expect(await call('updateAnnotation', { id: annotationId, note: 'from 2016' })).toMatchObject({ ok: true, value: { note: 'from 2016' } });
    expect(notified()).toBe(1);
    expect(await call('deleteAnnotation', { id: annotationId })).toEqual({ ok: true, value: null });
    expect(await call('listAnnotations', { briefingId: id })).toEqual({ ok: true, value: [] });
    expect(await call('restoreAnnotation', { id: annotationId })).toMatchObject({ ok: true, value: { id: annotationId } });
    expect(notified()).toBe(3);
    expect(await call('listTags', { prefix: 'ec' })).toEqual({ ok: true, value: [{ tag: 'ecuador', count: 1 }] });
    close();
  });

  it("rejects input outside the contract before any handler runs, and passes the core's one-line errors through", async () => {
    const { id, call, close } = await setup();
    expect(await call('createAnnotation', { briefingId: id, quote: 'x', color: 'red' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^API: invalid input for createAnnotation at color: /)
    });
    expect(await call('createAnnotation', { briefingId: id, quote: 'no such words here' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Annotate: the quote "no such words here" is not in ".+" \(\w+\)$/)
    });
    close();
  });

  it("updates a briefing from an uploaded file and gives each annotation's history", async () => {
    const { id, call, notified, close } = await setup();
    const created = (await call('createAnnotation', { briefingId: id, quote: 'Cocaine production recently doubled' })) as { value: { id: string } };
    const edited = fs.readFileSync(BUNDLED_BRIEFING, 'utf8').replace('Cocaine production recently doubled', 'Cocaine production has doubled');
    const result = await call('updateBriefingFromFile', { id, file: { name: 'second.txt', data: Buffer.from(edited).toString('base64') } });
    expect(result).toEqual({ ok: true, value: { id, reanchored: { exact: 0, fuzzy: 1, orphan: 0 } } });
    expect(notified()).toBe(2);
    const history = await call('annotationHistory', { id: created.value.id });
    expect(history).toMatchObject({
      ok: true,
      value: {
        current: { edition: 2, status: 'fuzzy', text: 'Cocaine production has doubled' },
        previous: [{ edition: 1, status: 'exact', text: 'Cocaine production recently doubled' }]
      }
    });
    close();
  });

  it('saves, lists and clears drafts', async () => {
    const { id, call, close } = await setup();
    expect(await call('saveDraft', { briefingId: id, note: 'thinking…' })).toMatchObject({ ok: true, value: { note: 'thinking…', annotationId: null } });
    expect(await call('listDrafts', {})).toMatchObject({ ok: true, value: [{ briefingId: id }] });
    expect(await call('clearDraft', { briefingId: id })).toEqual({ ok: true, value: null });
    expect(await call('getDraft', { briefingId: id })).toEqual({ ok: true, value: null });
    close();
  });
});
