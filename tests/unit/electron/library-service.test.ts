import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../src/shared/contract';
import { startLibraryService } from '../../../src/main/electron/library-service';
import { parseWorkerScript, searchWorkerScript } from '../../helpers/worker-bundles';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir } from '../../helpers/temp-library';

const BRIEFINGS_DIR = path.dirname(BUNDLED_BRIEFING);

async function start(dataDir: string, briefingsDir = BRIEFINGS_DIR, events: AppEvent[] = []) {
  return startLibraryService({
    dataDir,
    briefingsDir,
    workerScript: searchWorkerScript(),
    parseWorkerScript: parseWorkerScript(),
    version: '1.2.3',
    notify: (event) => events.push(event),
    openExternal: async () => false
  });
}

describe('startLibraryService', () => {
  it('opens a new library on the bundled briefing', async () => {
    const service = await start(tempDir());
    const briefings = await service.handlers.listBriefings({});
    expect(briefings.map((b) => b.title)).toEqual([expect.stringContaining('Andean region')]);
    expect(service.seedError).toBeUndefined();
    service.close();
  });

  it('searches the bundled briefing', async () => {
    const service = await start(tempDir());
    const response = await service.handlers.search({ query: 'cocaine' });
    expect(response.total).toBeGreaterThan(0);
    expect(response.hits[0]).toMatchObject({ briefingTitle: expect.stringContaining('Andean region') });
    service.close();
  });

  it('does not bring back the bundled briefing once the user has deleted it', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    const [briefing] = await first.handlers.listBriefings({});
    await first.handlers.deleteBriefing({ id: briefing!.id });
    first.close();
    const second = await start(dataDir);
    expect(await second.handlers.listBriefings({})).toEqual([]);
    second.close();
  });

  it('still opens the library when the bundled briefings are missing, and says why', async () => {
    const service = await start(tempDir(), path.join(tempDir(), 'no-such-folder'));
    expect(service.seedError).toMatch(/no-such-folder/);
    expect(await service.handlers.listBriefings({})).toEqual([]);
    service.close();
  });

  it('tells the page when an import changes the library', async () => {
    const events: AppEvent[] = [];
    const service = await start(tempDir(), BRIEFINGS_DIR, events);
    const sample = fs.readdirSync(SAMPLES_DIR).find((name) => name.endsWith('.txt'))!;
    const data = fs.readFileSync(path.join(SAMPLES_DIR, sample)).toString('base64');
    await service.handlers.importFiles({ files: [{ name: sample, data }] });
    expect(events).toEqual([{ type: 'library-changed' }]);
    service.close();
  });

  it('reports the app version and the library folder', async () => {
    const dataDir = tempDir();
    const service = await start(dataDir);
    expect(await service.handlers.appInfo({})).toMatchObject({ version: '1.2.3', dataDir });
    service.close();
  });
});
