/**
 * Draft notes: what the user is typing into a note, saved as they type (the UI calls `save` a
 * moment after each pause) so that a crash, a reload or a closed window loses nothing. A briefing
 * has at most one draft for a new annotation, plus one per annotation being edited. Saving the
 * annotation clears its draft in the same transaction (service.ts).
 */
import type Database from 'better-sqlite3';
import type { AnnotationDraft, DraftInput, DraftKey } from '../../../shared/contract/annotations';
import { MAX_TAG_LENGTH } from '../../../shared/contract/annotations';
import type { AnnotationColor } from '../../../shared/types';
import { LibraryError } from '../errors';
import { resolveBriefingId } from '../store/briefings';
import { anchor, type AnchorText } from './anchoring/anchor';
import { describe } from './anchoring/selectors';
import { loadDocumentText } from './document-text';
import { checkRange } from './locate';
import { checkColor, checkNote } from './validate';

/** The key of a draft: the annotation's id, or '' for an annotation not created yet. */
const keyOf = (annotationId: string | null | undefined) => annotationId ?? '';

interface DraftRow {
  briefing_id: string;
  annotation_key: string;
  quote: string | null;
  pos_start: number | null;
  pos_end: number | null;
  note: string;
  color: AnnotationColor | null;
  tags: string;
  updated_at: string;
}

function toDraft(r: DraftRow): AnnotationDraft {
  return {
    briefingId: r.briefing_id,
    annotationId: r.annotation_key === '' ? null : r.annotation_key,
    start: r.pos_start,
    end: r.pos_end,
    quote: r.quote,
    note: r.note,
    color: r.color,
    tags: JSON.parse(r.tags) as string[],
    updated: r.updated_at
  };
}

/** Deletes a draft if there is one. Runs inside the caller's transaction. */
export function clearDraftRow(db: Database.Database, briefingId: string, annotationId: string | null): void {
  db.prepare('DELETE FROM annotation_drafts WHERE briefing_id = ? AND annotation_key = ?').run(briefingId, keyOf(annotationId));
}

/** Saves (replacing) a draft. Tags are kept as typed: the user may be half-way through one. */
export function saveDraft(db: Database.Database, now: string, input: DraftInput): AnnotationDraft {
  const briefingId = resolveBriefingId(db, input.briefingId);
  const annotationId = input.annotationId ?? null;
  if (annotationId !== null) {
    const owner = db.prepare('SELECT briefing_id FROM annotations WHERE id = ?').pluck().get(annotationId) as string | undefined;
    if (owner !== briefingId) {
      throw new LibraryError(`Annotations: no annotation with id ${JSON.stringify(annotationId)} in briefing ${briefingId}`, 'not-found');
    }
  }
  const note = checkNote(input.note);
  const color = input.color ? checkColor(input.color) : null;
  const tags = (input.tags ?? []).map((t) => t.slice(0, MAX_TAG_LENGTH));
  let selectors: ReturnType<typeof describe> | null = null;
  if (annotationId === null && input.start != null && input.end != null) {
    const doc = loadDocumentText(db, briefingId);
    const range = checkRange(doc, input.start, input.end);
    selectors = describe(doc.text, range.start, range.end);
  }
  db.prepare(
    `INSERT INTO annotation_drafts (briefing_id, annotation_key, quote, prefix, suffix, pos_start, pos_end, note, color, tags, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (briefing_id, annotation_key) DO UPDATE SET quote = excluded.quote, prefix = excluded.prefix,
       suffix = excluded.suffix, pos_start = excluded.pos_start, pos_end = excluded.pos_end, note = excluded.note,
       color = excluded.color, tags = excluded.tags, updated_at = excluded.updated_at`
  ).run(
    briefingId,
    keyOf(annotationId),
    selectors?.quote ?? null,
    selectors?.prefix ?? null,
    selectors?.suffix ?? null,
    selectors?.start ?? null,
    selectors?.end ?? null,
    note,
    color,
    JSON.stringify(tags),
    now
  );
  return getDraft(db, { briefingId, annotationId })!;
}

export function getDraft(db: Database.Database, key: DraftKey): AnnotationDraft | null {
  const briefingId = resolveBriefingId(db, key.briefingId);
  const row = db.prepare('SELECT * FROM annotation_drafts WHERE briefing_id = ? AND annotation_key = ?').get(briefingId, keyOf(key.annotationId)) as
    DraftRow | undefined;
  return row ? toDraft(row) : null;
}

/** Drafts of one briefing or of all, newest first; drafts of deleted annotations are left out. */
export function listDrafts(db: Database.Database, briefingId?: string): AnnotationDraft[] {
  const id = briefingId === undefined ? null : resolveBriefingId(db, briefingId);
  const rows = db
    .prepare(
      `SELECT d.* FROM annotation_drafts d LEFT JOIN annotations a ON a.id = d.annotation_key
       WHERE (? IS NULL OR d.briefing_id = ?) AND (d.annotation_key = '' OR a.deleted_at IS NULL)
       ORDER BY d.updated_at DESC`
    )
    .all(id, id) as DraftRow[];
  return rows.map(toDraft);
}

export function clearDraft(db: Database.Database, key: DraftKey): void {
  clearDraftRow(db, resolveBriefingId(db, key.briefingId), key.annotationId ?? null);
}

/**
 * Moves the selections of a briefing's new-annotation drafts into a new edition of its text (or
 * forgets a selection whose words are gone; the note is kept). Runs inside the caller's transaction.
 */
export function reanchorDrafts(db: Database.Database, briefingId: string, text: AnchorText): void {
  const rows = db.prepare("SELECT * FROM annotation_drafts WHERE briefing_id = ? AND annotation_key = '' AND quote IS NOT NULL").all(briefingId) as Array<
    DraftRow & { prefix: string; suffix: string }
  >;
  const update = db.prepare(
    "UPDATE annotation_drafts SET quote = ?, prefix = ?, suffix = ?, pos_start = ?, pos_end = ? WHERE briefing_id = ? AND annotation_key = ''"
  );
  for (const row of rows) {
    // A selection lost in an earlier edition is looked for again by its words alone.
    const found = anchor(text, { quote: row.quote!, prefix: row.prefix, suffix: row.suffix, start: row.pos_start ?? 0, end: row.pos_end ?? 0 });
    if (found.status === 'orphan') update.run(row.quote, row.prefix, row.suffix, null, null, briefingId);
    else {
      const s = describe(text.text, found.start, found.end);
      update.run(s.quote, s.prefix, s.suffix, s.start, s.end, briefingId);
    }
  }
}
