/**
 * Derived data (the search index, facts) for a briefing whose file has just been parsed: each
 * observer's `prepare` hook runs first, outside any transaction, and what it leaves is written
 * inside the transaction that writes the briefing — an import's or a new edition's.
 */
import type Database from 'better-sqlite3';
import type { ParsedFile } from './import/registry';
import type { ContentObserver } from './library';

/** Writes a briefing's derived data inside the caller's transaction. */
export type DerivedWriter = (db: Database.Database, briefingId: string) => void;

/**
 * Runs the observers' `prepare` hooks on a parsed file and returns what writes their derived data:
 * each prepared writer, or the observer's `briefingWritten` when it prepares nothing.
 */
export function prepareDerivedData(observers: readonly ContentObserver[], file: ParsedFile): DerivedWriter {
  const prepared = observers.map((observer) => observer.prepare?.(file));
  return (db, briefingId) => observers.forEach((observer, i) => (prepared[i] ?? observer.briefingWritten.bind(observer))(db, briefingId));
}
