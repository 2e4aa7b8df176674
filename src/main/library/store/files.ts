/**
 * The original file of a briefing whose reader shows its pages (a PDF): kept in the library so
 * that the "Original" view works offline and after the file on disk has moved or gone. One file per
 * briefing; a new edition replaces it, and an edition from a format without pages removes it.
 */
import type Database from 'better-sqlite3';
import { LibraryError } from '../errors';

export interface OriginalFile {
  name: string;
  /** The file's media type, e.g. "application/pdf". */
  mediaType: string;
  bytes: Uint8Array;
}

/** Replaces the original file kept for briefing `id` (none when `file` is null). Run inside a transaction. */
export function writeOriginalFile(db: Database.Database, id: string, file: OriginalFile | null): void {
  db.prepare('DELETE FROM briefing_files WHERE briefing_id = ?').run(id);
  if (file) {
    db.prepare('INSERT INTO briefing_files (briefing_id, name, media_type, bytes) VALUES (?, ?, ?, ?)').run(
      id,
      file.name,
      file.mediaType,
      Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)
    );
  }
}

/** The original file of briefing `id`; throws a one-line `LibraryError` when it has none. */
export function readOriginalFile(db: Database.Database, id: string): OriginalFile {
  const row = db.prepare('SELECT name, media_type, bytes FROM briefing_files WHERE briefing_id = ?').get(id) as
    { name: string; media_type: string; bytes: Buffer } | undefined;
  if (!row) throw new LibraryError(`Library: briefing "${id}" has no original file (only PDF imports keep one)`, 'not-found');
  return { name: row.name, mediaType: row.media_type, bytes: new Uint8Array(row.bytes) };
}
