// The library shares its file with the search worker, which writes the index from its own
// connection while rebuilding it. A library transaction that began as a reader could not become a
// writer once the worker had committed (SQLite's SQLITE_BUSY_SNAPSHOT, "database is locked"), so
// a delete or an import failed at random during a rebuild. Write transactions now take the write
// lock when they begin: the other connection is the one that waits.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../src/main/library/library';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';

describe('a library write while another connection writes', () => {
  it('completes, and the other connection waits for it', async () => {
    const dataDir = tempDir();
    // No search or facts observer: the first thing the delete's transaction does is the probe's.
    const library = Library.open(dataDir);
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    const other = new Database(path.join(dataDir, 'library.sqlite'), { timeout: 0 });
    let otherWrote: boolean | undefined;
    // Inside the delete's transaction, after the library has read: the moment the worker could commit.
    library.observe({
      briefingsWritten: () => undefined,
      briefingRemoving: (db) => {
        db.prepare('SELECT COUNT(*) FROM blocks').get();
        try {
          other.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('probe', '1')").run();
          otherWrote = true;
        } catch (error) {
          expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
          otherWrote = false;
        }
      }
    });
    try {
      library.delete(id);
      expect(otherWrote).toBe(false);
      expect(library.list()).toEqual([]);
    } finally {
      other.close();
      library.close();
    }
  });
});
