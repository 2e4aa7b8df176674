/**
 * Re-anchoring every annotation of a briefing in the text of its new edition. Each annotation's
 * place in the edition being replaced is recorded first (for `annotationHistory`); then it is
 * anchored in the new text and its selectors, block and section are rewritten — or, when its
 * passage is gone, it is marked orphan and keeps its last quote and note. Deleted annotations are
 * re-anchored too, so that undoing a deletion later puts them in the right place.
 */
import type Database from 'better-sqlite3';
import type { EditionUpdate } from '../../../shared/contract/annotations';
import type { AnchorStatus } from '../../../shared/types';
import { anchor, type AnchorText } from './anchoring/anchor';
import { describe } from './anchoring/selectors';
import { blockAt, type DocumentText } from './document-text';

interface Row {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  pos_start: number;
  pos_end: number;
  status: AnchorStatus;
  deleted_at: string | null;
}

/**
 * Runs inside the caller's transaction, after the new edition's blocks are written. Returns the
 * counts over live (not deleted) annotations.
 */
export function reanchorAnnotations(
  db: Database.Database,
  briefingId: string,
  replaced: { edition: number; doc: DocumentText },
  next: { doc: DocumentText; text: AnchorText }
): EditionUpdate['reanchored'] {
  const rows = db
    .prepare('SELECT id, quote, prefix, suffix, pos_start, pos_end, status, deleted_at FROM annotations WHERE briefing_id = ?')
    .all(briefingId) as Row[];
  const record = db.prepare(
    `INSERT OR REPLACE INTO annotation_anchorings (annotation_id, edition, quote, pos_start, pos_end, status, section_title)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  );
  const placed = db.prepare(
    `UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, pos_start = ?, pos_end = ?, status = ?, section_id = ?, block_id = ?
     WHERE id = ?`
  );
  const orphaned = db.prepare("UPDATE annotations SET status = 'orphan', section_id = NULL, block_id = NULL WHERE id = ?");
  const counts = { exact: 0, fuzzy: 0, orphan: 0 };
  for (const row of rows) {
    const sectionTitle = row.status === 'orphan' ? null : (blockAt(replaced.doc.blocks, row.pos_start)?.sectionTitle ?? null);
    record.run(row.id, replaced.edition, row.quote, row.pos_start, row.pos_end, row.status, sectionTitle);
    const found = anchor(next.text, { quote: row.quote, prefix: row.prefix, suffix: row.suffix, start: row.pos_start, end: row.pos_end });
    if (row.deleted_at === null) counts[found.status] += 1;
    if (found.status === 'orphan') {
      orphaned.run(row.id);
      continue;
    }
    const s = describe(next.doc.text, found.start, found.end);
    const block = blockAt(next.doc.blocks, s.start);
    placed.run(s.quote, s.prefix, s.suffix, s.start, s.end, found.status, block?.sectionId ?? null, block?.id ?? null, row.id);
  }
  return counts;
}
