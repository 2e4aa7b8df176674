/** The limits every transport shares, checked where IPC and HTTP calls both arrive: dispatch. */
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers } from '../../../src/main/api/handlers';
import { nestsTooDeeply } from '../../../src/main/api/input-depth';
import { tempLibrary } from '../../helpers/temp-library';

const services = tempLibrary();
afterAll(() => services.close());
const handlers = createHandlers({ library: services.library, version: '0.0.0-test', notifyLibraryChanged: () => undefined });

/** An array nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe('nestsTooDeeply', () => {
  it('accepts input up to the limit and refuses it one level beyond', () => {
    expect(nestsTooDeeply(nested(32))).toBe(false);
    expect(nestsTooDeeply(nested(33))).toBe(true);
    expect(nestsTooDeeply({ values: { 'library.sort': { column: 'title', direction: 'asc' } } })).toBe(false);
    expect(nestsTooDeeply('a string')).toBe(false);
  });
});

describe('dispatch', () => {
  it('refuses input nested 100,000 levels deep with a one-line error instead of overflowing the stack', async () => {
    expect(await dispatch(handlers, 'saveSettings', { values: { 'search.recent': nested(100_000) } })).toEqual({
      ok: false,
      error: 'API: invalid input for saveSettings: the input is nested more than 32 levels deep'
    });
  });

  it('refuses an internal setting over IPC as over HTTP, leaving the stored value alone', async () => {
    const reply = await dispatch(handlers, 'saveSettings', { values: { 'library.seeded': false } });
    expect(reply).toEqual({ ok: false, error: 'API: invalid input for saveSettings at values: "library.seeded" is not a setting the app can change' });
    expect(services.library.setting('library.seeded')).toBeUndefined();
  });

  it('refuses an import call whose files together exceed what one call may carry', async () => {
    const half = 'A'.repeat(12 * 1024 * 1024);
    const reply = await dispatch(handlers, 'importFiles', {
      files: [
        { name: 'a.txt', data: half },
        { name: 'b.txt', data: half }
      ]
    });
    expect(reply).toEqual({
      ok: false,
      error: 'API: invalid input for importFiles at files: the files together are larger than one call may carry: send them in several calls'
    });
  });
});
