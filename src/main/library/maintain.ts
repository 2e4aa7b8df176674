/**
 * Library maintenance (`briefing maintain`): what a long-lived library needs now and then, and
 * never on the user's way — the search index's dead vocabulary compacted (search/compact.ts), the
 * file rewritten without the pages deletions freed (`VACUUM`), and SQLite's query planner
 * statistics refreshed (`PRAGMA optimize`).
 */
import type Database from 'better-sqlite3';
import type { MaintenanceReport } from '../../shared/contract/library';
import { compactIndex } from './search/compact';

export function maintainLibrary(db: Database.Database): MaintenanceReport {
  const bytesBefore = databaseBytes(db);
  const { removedTerms } = compactIndex(db);
  db.exec('VACUUM');
  db.pragma('optimize');
  // VACUUM wrote the whole database through the WAL: move it into the file and empty the log.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { removedTerms, bytesBefore, bytesAfter: databaseBytes(db) };
}

function databaseBytes(db: Database.Database): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}
