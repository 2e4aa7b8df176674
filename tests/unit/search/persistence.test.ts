import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/open';
import { readMeta, FORMAT_VERSION } from '../../../src/main/library/search/schema';
import { type InProcessSearchService } from '../../../src/main/library/search/service';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';

/** A library with the bundled briefing, closed; returns its folder and the hits of a query. */
async function libraryWithBriefing(): Promise<{ dataDir: string; expected: number[] }> {
  const dataDir = tempDir();
  const services = openLibrary(dataDir);
  await services.library.importFiles([BUNDLED_BRIEFING]);
  const expected = (services.search as InProcessSearchService).searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId);
  services.close();
  return { dataDir, expected };
}

function reopen(dataDir: string) {
  const services = openLibrary(dataDir);
  const service = services.search as InProcessSearchService;
  return { services, service, db: services.library.db };
}

describe('the persisted index', () => {
  it('is kept in the library and loaded, not rebuilt, when the library is opened again', async () => {
    const { dataDir, expected } = await libraryWithBriefing();
    const { services, service, db } = reopen(dataDir);
    const before = readMeta(db);
    expect(before).toMatchObject({ format: FORMAT_VERSION, status: 'ready' });
    expect(service.searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId)).toEqual(expected);
    expect(readMeta(db)!.buildId).toBe(before!.buildId);
    services.close();
  });

  it('is rebuilt automatically when it is missing', async () => {
    const { dataDir, expected } = await libraryWithBriefing();
    const { services, service, db } = reopen(dataDir);
    db.exec('DELETE FROM search_meta; DELETE FROM search_postings; DELETE FROM search_terms; DELETE FROM search_docs');
    expect(service.searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId)).toEqual(expected);
    expect(readMeta(db)!.status).toBe('ready');
    services.close();
  });

  it('is rebuilt automatically when it is of an older format', async () => {
    const { dataDir, expected } = await libraryWithBriefing();
    const { services, service, db } = reopen(dataDir);
    const oldBuild = readMeta(db)!.buildId;
    db.prepare("UPDATE search_meta SET value = ? WHERE key = 'format'").run(String(FORMAT_VERSION - 1));
    expect(service.searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId)).toEqual(expected);
    expect(readMeta(db)).toMatchObject({ format: FORMAT_VERSION });
    expect(readMeta(db)!.buildId).not.toBe(oldBuild);
    services.close();
  });

  it('is rebuilt automatically when a postings row is damaged, and the search still answers', async () => {
    const { dataDir, expected } = await libraryWithBriefing();
    const { services, service, db } = reopen(dataDir);
    const id = db.prepare("SELECT id FROM search_terms WHERE term = 'cocaine'").pluck().get() as number;
    db.prepare('UPDATE search_postings SET docs = ? WHERE key % 4294967296 = ?').run(Buffer.from([0xff, 0xff, 0xff]), id);
    expect(service.searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId)).toEqual(expected);
    services.close();
  });

  it('is rebuilt automatically when its block table is damaged', async () => {
    const { dataDir, expected } = await libraryWithBriefing();
    const { services, service, db } = reopen(dataDir);
    db.prepare('UPDATE search_docs SET data = ?').run(Buffer.from('not an index'));
    expect(service.searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId)).toEqual(expected);
    services.close();
  });

  it('is rebuilt when its header is garbage', async () => {
    const { dataDir, expected } = await libraryWithBriefing();
    const { services, service, db } = reopen(dataDir);
    db.exec("UPDATE search_meta SET value = 'x' WHERE key IN ('gen', 'doc_count')");
    expect(service.searchNow({ query: 'cocaine seizures' }).hits.map((h) => h.blockId)).toEqual(expected);
    services.close();
  });

  it('lives in the library file: no index file is written beside it', async () => {
    const { dataDir } = await libraryWithBriefing();
    expect(fs.readdirSync(dataDir).filter((f) => !f.startsWith('library.sqlite'))).toEqual([]);
    expect(fs.statSync(path.join(dataDir, 'library.sqlite')).size).toBeGreaterThan(0);
  });
});
