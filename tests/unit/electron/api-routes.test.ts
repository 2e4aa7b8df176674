import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../src/shared/contract';
import { createHandlers } from '../../../src/main/api/handlers';
import { apiRoutes, type InvokeEvent } from '../../../src/main/electron/api-routes';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/electron/app-origin';
import { BUNDLED_BRIEFING, tempLibrary } from '../../helpers/temp-library';

const appFrame: InvokeEvent = { senderFrame: { url: APP_ENTRY_URL, parent: null } };
const foreignFrames: Array<[string, InvokeEvent]> = [
  ['a page on another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
  ['a subframe of the app', { senderFrame: { url: APP_ENTRY_URL, parent: {} } }],
  ['a frame that has gone', { senderFrame: null }]
];

async function routesOverRealLibrary() {
  const { library, close } = tempLibrary();
  await library.importFiles([BUNDLED_BRIEFING]);
  const handlers = createHandlers({ library, version: '0.0.0-test', notifyLibraryChanged: () => undefined });
  return { routes: apiRoutes(handlers, APP_ORIGIN), close };
}

describe('apiRoutes', () => {
  it("has one route per contract method, on the method's own channel", async () => {
    const { routes, close } = await routesOverRealLibrary();
    expect([...routes.keys()].sort()).toEqual(methodNames.map((name) => `api:${name}`).sort());
    close();
  });

  it("answers the app's own page from the library", async () => {
    const { routes, close } = await routesOverRealLibrary();
    const reply = await routes.get('api:listBriefings')!(appFrame, {});
    expect(reply).toMatchObject({ ok: true, value: [{ title: expect.stringContaining('Andean region') }] });
    close();
  });

  it.each(foreignFrames)('refuses every method to %s, before running it', async (_what, event) => {
    const { routes, close } = await routesOverRealLibrary();
    for (const [channel, route] of routes) {
      const method = channel.slice('api:'.length);
      expect(await route(event, { id: 'anything' })).toEqual({
        ok: false,
        error: `API: ${method} refused: the call did not come from the app's own page`
      });
    }
    close();
  });

  it('validates input from the app page and replies with a one-line error', async () => {
    const { routes, close } = await routesOverRealLibrary();
    const reply = await routes.get('api:getBriefing')!(appFrame, { id: 42 });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^API: invalid input for getBriefing at id: /) });
    close();
  });
});
