import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/open';
import { QueryCancelled } from '../../../src/main/library/search/scorer';
import { type InProcessSearchService } from '../../../src/main/library/search/service';
import { resolveWorkerScript, WorkerSearchService } from '../../../src/main/library/search/worker-service';
import { searchWorkerScript } from '../../helpers/worker-bundles';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir } from '../../helpers/temp-library';
import { addBriefing } from './search-fixtures';

describe('the search worker', () => {
  it('says which bundle is missing when run from source without one, rather than building itself with a dev tool', () => {
    expect(() => resolveWorkerScript()).toThrow(
      /^Search: no worker bundle \(search-worker\.js or search-worker\.mjs\) in .*search; build the app first, or pass workerScript$/
    );
  });

  it('answers searches and completions from its own connection', async () => {
    const dataDir = tempDir();
    const services = openLibrary(dataDir, { search: 'worker', workerScript: searchWorkerScript() });
    await services.library.importFiles([BUNDLED_BRIEFING]);
    const response = await services.search.search({ query: 'Guayakil' });
    expect(response.total).toBeGreaterThan(0);
    expect(response.hits[0]!.snippet).toContain('**Guayaquil**');
    expect(await services.search.suggest('cocaine sei')).toContain('cocaine seizures');
    services.close();
  });

  it('answers only the newest of queries sent in quick succession; the older ones say they were superseded', async () => {
    const dataDir = tempDir();
    const setup = openLibrary(dataDir);
    await setup.library.importFiles([BUNDLED_BRIEFING]);
    setup.close();
    // The worker is still starting: all five wait in its queue, so four are stale when it reads them.
    const service = new WorkerSearchService({ dataDir, workerScript: searchWorkerScript() });
    const typed = ['c', 'co', 'coc', 'coca', 'cocaine'];
    const responses = await Promise.all(typed.map((query) => service.search({ query, asYouType: true })));
    expect(responses.slice(0, 4).map((r) => [r.superseded, r.hits.length])).toEqual(Array(4).fill([true, 0]));
    expect(responses[4]!.superseded).toBeUndefined();
    expect(responses[4]!.total).toBeGreaterThan(10);
    await service.close();
  });

  it('sees briefings imported by the main connection once told the index changed', async () => {
    const dataDir = tempDir();
    const services = openLibrary(dataDir, { search: 'worker', workerScript: searchWorkerScript() });
    await services.library.importFiles([BUNDLED_BRIEFING]);
    expect((await services.search.search({ query: 'Houthis' })).total).toBe(0);
    await services.library.importFiles([path.join(SAMPLES_DIR, '01-red-sea.txt')]);
    expect((await services.search.search({ query: 'Houthis' })).total).toBeGreaterThan(0);
    services.close();
  });

  it('rebuilds a missing index in the background and says so meanwhile', async () => {
    const dataDir = tempDir();
    const setup = openLibrary(dataDir);
    // Three shards of blocks: the rebuild takes three steps, and searches are answered between them.
    for (let b = 0; b < 3; b++) {
      const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} on cocaine and ports.`);
      addBriefing(setup.library.db, { id: `big${b}`, title: `Big briefing ${b}`, sections: [{ title: 'All', paragraphs }] });
    }
    setup.library.db.exec('DELETE FROM search_meta');
    setup.close();
    const service = new WorkerSearchService({ dataDir, workerScript: searchWorkerScript() });
    // Subscribed before the worker can finish: it starts rebuilding as soon as it loads.
    const rebuilt = new Promise<void>((resolve) => service.onRebuilt(resolve));
    const first = await service.search({ query: 'cocaine' });
    expect(first.indexing).toEqual({ state: 'rebuilding', progress: expect.any(Number) });
    await rebuilt;
    const response = await service.search({ query: 'cocaine' });
    expect(response.indexing).toBeUndefined();
    expect(response.total).toBeGreaterThan(10);
    await service.close();
  });
});

describe('cancellation', () => {
  it('stops a running query at its next checkpoint when a newer one replaced it', async () => {
    const services = openLibrary(tempDir());
    await services.library.importFiles([BUNDLED_BRIEFING]);
    const service = services.search as InProcessSearchService;
    service.ensureReady();
    expect(() => service.engine.search({ query: 'cocaine seizures' }, () => true)).toThrow(QueryCancelled);
    services.close();
  });
});
