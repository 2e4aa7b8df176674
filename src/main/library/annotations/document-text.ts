/**
 * A briefing's document text — its blocks' texts joined by a blank line, in reading order — with
 * the blocks it is made of, so that an offset can be turned into the block and section it falls in.
 * Annotations are anchored in this text (docs/DESIGN.md, "Text positions").
 */
import type Database from 'better-sqlite3';
import { BLOCK_SEPARATOR } from '../../../shared/text';

export interface TextBlock {
  id: number;
  sectionId: number | null;
  sectionTitle: string | null;
  text: string;
  /** Offset of the block in the document text. */
  textStart: number;
}

export interface DocumentText {
  briefingId: string;
  title: string;
  text: string;
  /** In reading order, so `textStart` increases. */
  blocks: TextBlock[];
}

/** Reads the document text of a briefing that exists. */
export function loadDocumentText(db: Database.Database, briefingId: string): DocumentText {
  const { title } = db.prepare('SELECT title FROM briefings WHERE id = ?').get(briefingId) as { title: string };
  const blocks = (
    db
      .prepare(
        `SELECT b.id, b.section_id, s.title AS section_title, b.text, b.text_start FROM blocks b
         LEFT JOIN sections s ON s.id = b.section_id WHERE b.briefing_id = ? ORDER BY b.ord`
      )
      .all(briefingId) as Array<{ id: number; section_id: number | null; section_title: string | null; text: string; text_start: number }>
  ).map((r) => ({ id: r.id, sectionId: r.section_id, sectionTitle: r.section_title, text: r.text, textStart: r.text_start }));
  return { briefingId, title, text: joinBlocks(blocks), blocks };
}

/** The document text made of `blocks`. */
export function joinBlocks(blocks: ReadonlyArray<{ text: string }>): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** The block that `offset` falls in (or the one just before it, for an offset on a separator). */
export function blockAt<T extends { textStart: number }>(blocks: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: T | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.textStart <= offset) {
      found = blocks[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
