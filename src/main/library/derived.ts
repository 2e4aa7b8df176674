/**
 * Derived data (facts) for a briefing whose file has just been parsed: each observer's `prepare`
 * hook runs first, outside any transaction, and what it leaves is written inside the transaction
 * that writes the briefing — an import's or a new edition's.
 */
import type Database from 'better-sqlite3';
import type { ParsedFile } from './import/registry';
import type { ContentObserver } from './library';

/** Writes a briefing's derived data inside the caller's transaction. */
export type DerivedWriter = (db: Database.Database, briefingId: string) => void;

/**
 * Runs the observers' `prepare` hooks on a parsed file and returns what writes their results. An
 * observer that prepares nothing is only told by `briefingsWritten`, as every observer is after
 * the writer has run; one that prepared finds its work done then.
 */
export function prepareDerivedData(observers: readonly ContentObserver[], file: ParsedFile): DerivedWriter {
  const writers = observers.flatMap((observer) => observer.prepare?.(file) ?? []);
  return (db, briefingId) => {
    for (const write of writers) write(db, briefingId);
  };
}
