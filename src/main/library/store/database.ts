/**
 * Opens the library's SQLite database with the settings our durability promise rests on, and
 * brings its schema up to date.
 *
 * WAL lets the search worker read while the main thread writes; `synchronous = FULL` makes every
 * committed transaction survive a power loss, not only an application crash, because notes are
 * user-authored and cannot be re-imported.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LibraryError } from '../errors';
import { migrations } from './migrations';

export const DATABASE_FILE = 'library.sqlite';

export interface OpenOptions {
  /** Open without writing: no migration, no WAL switch (used by readers in other threads). */
  readonly?: boolean;
  /**
   * Path of a better-sqlite3 native module built for another runtime (Electron's ABI). Electron's
   * main process passes it; Node uses the module npm built.
   */
  nativeBinding?: string;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies every migration above the database's `user_version`, each in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new LibraryError(
      `Library: the database is at schema version ${current}, newer than this version of Briefing Reader understands (${migrations.length}); update the app`,
      'conflict'
    );
  }
  for (let version = current; version < migrations.length; version++) {
    const migration = migrations[version]!;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
