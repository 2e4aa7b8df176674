/**
 * Small per-library state: user settings as JSON values by key, reading positions per briefing.
 */
import type Database from 'better-sqlite3';
import type { ReadingPosition } from '../../../shared/types';

export function readSetting<T>(db: Database.Database, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: Database.Database, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function readAllSettings(db: Database.Database): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function readReadingPosition(db: Database.Database, briefingId: string): ReadingPosition | null {
  const row = db.prepare('SELECT block_id, within FROM reading_positions WHERE briefing_id = ?').get(briefingId) as
    { block_id: number | null; within: number } | undefined;
  return row ? { blockId: row.block_id, within: row.within } : null;
}

/**
 * Saves where the reader is, and `progress` (the share of the body read, 0..1) when given: the
 * furthest progress is kept, so reading back over a passage never lowers it.
 */
export function writeReadingPosition(db: Database.Database, briefingId: string, position: ReadingPosition, now: string, progress = 0): void {
  db.prepare(
    `INSERT INTO reading_positions (briefing_id, block_id, within, furthest, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (briefing_id) DO UPDATE SET block_id = excluded.block_id, within = excluded.within,
       furthest = max(furthest, excluded.furthest), updated_at = excluded.updated_at`
  ).run(briefingId, position.blockId, position.within, progress, now);
}
