/**
 * Compacts the index's vocabulary. A deletion leaves the terms only the deleted briefing used with
 * no blocks (`df = 0`): they keep their ids, because readers in other threads have them loaded and
 * a reused id would name another word. Compaction removes them and starts a new build of the index
 * (`build_id`), so every reader reloads its vocabulary and no stale id survives. Their postings
 * rows went with the last block that used them, so only the vocabulary has anything to remove.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { readMeta, writeMeta } from './schema';

export interface CompactionResult {
  /** Terms no indexed block uses any more, now removed from the vocabulary. */
  removedTerms: number;
}

/** Removes the dead terms in one transaction; does nothing to an index that is missing, old or being built. */
export function compactIndex(db: Database.Database): CompactionResult {
  return db
    .transaction((): CompactionResult => {
      const meta = readMeta(db);
      if (!meta || meta.status !== 'ready') return { removedTerms: 0 };
      const removedTerms = db.prepare('DELETE FROM search_terms WHERE id IN (SELECT id FROM search_df WHERE df = 0)').run().changes;
      if (removedTerms === 0) return { removedTerms };
      db.prepare('DELETE FROM search_df WHERE df = 0').run();
      writeMeta(db, { ...meta, buildId: crypto.randomBytes(8).toString('hex'), gen: meta.gen + 1 });
      return { removedTerms };
    })
    .immediate();
}
