/**
 * Annotation rows in SQLite and their DTOs. Callers own transactions: every function here runs
 * inside the caller's, so that an annotation, its tags and the draft it replaces change together.
 */
import type Database from 'better-sqlite3';
import type { AnnotationFilter, AnnotationView } from '../../../shared/contract/annotations';
import type { AnchorStatus, Annotation, AnnotationColor } from '../../../shared/types';

interface AnnotationRow {
  id: string;
  briefing_id: string;
  briefing_title: string;
  section_id: number | null;
  section_title: string | null;
  block_id: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  pos_start: number;
  pos_end: number;
  note: string;
  color: AnnotationColor;
  status: AnchorStatus;
  created_at: string;
  modified_at: string;
  tags: string;
}

const SELECT_VIEW = `
  SELECT a.id, a.briefing_id, b.title AS briefing_title, a.section_id, s.title AS section_title, a.block_id,
    a.quote, a.prefix, a.suffix, a.pos_start, a.pos_end, a.note, a.color, a.status, a.created_at, a.modified_at,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags t WHERE t.annotation_id = a.id ORDER BY tag COLLATE NOCASE)) AS tags
  FROM annotations a
  JOIN briefings b ON b.id = a.briefing_id
  LEFT JOIN sections s ON s.id = a.section_id`;

const ORDER: Record<NonNullable<AnnotationFilter['sort']>, string> = {
  position: "b.title COLLATE NOCASE, a.briefing_id, a.status = 'orphan', a.pos_start, a.pos_end, a.created_at",
  created: 'a.created_at DESC, a.id',
  modified: 'a.modified_at DESC, a.id'
};

function toView(r: AnnotationRow): AnnotationView {
  return {
    id: r.id,
    briefingId: r.briefing_id,
    briefingTitle: r.briefing_title,
    sectionId: r.section_id,
    sectionTitle: r.section_title,
    blockId: r.block_id,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    start: r.pos_start,
    end: r.pos_end,
    note: r.note,
    color: r.color,
    tags: JSON.parse(r.tags) as string[],
    status: r.status,
    created: r.created_at,
    modified: r.modified_at
  };
}

/** One annotation, or undefined; deleted ones only when `includeDeleted`. */
export function readAnnotation(db: Database.Database, id: string, includeDeleted = false): AnnotationView | undefined {
  const row = db.prepare(`${SELECT_VIEW} WHERE a.id = ?${includeDeleted ? '' : ' AND a.deleted_at IS NULL'}`).get(id) as AnnotationRow | undefined;
  return row ? toView(row) : undefined;
}

/** Live annotations matching the SQL-expressible part of a filter (all but the text search). */
export function queryAnnotations(db: Database.Database, filter: Omit<AnnotationFilter, 'text'> & { briefingId?: string }): AnnotationView[] {
  const where = ['a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.briefingId) {
    where.push('a.briefing_id = ?');
    params.push(filter.briefingId);
  }
  if (filter.colors && filter.colors.length > 0) {
    where.push(`a.color IN (${filter.colors.map(() => '?').join(', ')})`);
    params.push(...filter.colors);
  }
  if (filter.statuses && filter.statuses.length > 0) {
    where.push(`a.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  for (const tag of filter.tags ?? []) {
    where.push('EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag = ? COLLATE NOCASE)');
    params.push(tag);
  }
  const sql = `${SELECT_VIEW} WHERE ${where.join(' AND ')} ORDER BY ${ORDER[filter.sort ?? 'position']}`;
  return (db.prepare(sql).all(...params) as AnnotationRow[]).map(toView);
}

/** An annotation row to write; its tags go through `writeTags`. */
export type NewAnnotationRow = Omit<Annotation, 'tags'>;

export function insertAnnotation(db: Database.Database, a: NewAnnotationRow): void {
  db.prepare(
    `INSERT INTO annotations (id, briefing_id, section_id, block_id, quote, prefix, suffix, pos_start, pos_end, note, color, status, created_at, modified_at)
     VALUES (@id, @briefingId, @sectionId, @blockId, @quote, @prefix, @suffix, @start, @end, @note, @color, @status, @created, @modified)`
  ).run(a);
}

/**
 * Replaces an annotation's tags. A tag already used elsewhere in another case ("eu" when "EU"
 * exists) takes the existing spelling, so that the tag list does not split.
 */
export function writeTags(db: Database.Database, annotationId: string, tags: readonly string[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(annotationId);
  const existing = db.prepare('SELECT tag FROM annotation_tags WHERE tag = ? COLLATE NOCASE LIMIT 1').pluck();
  const insert = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(annotationId, (existing.get(tag) as string | undefined) ?? tag);
}

/** Tags on live annotations with their counts. */
export function tagCounts(db: Database.Database): Array<{ tag: string; count: number }> {
  return db
    .prepare(
      `SELECT t.tag, COUNT(*) AS count FROM annotation_tags t
       JOIN annotations a ON a.id = t.annotation_id AND a.deleted_at IS NULL
       GROUP BY t.tag`
    )
    .all() as Array<{ tag: string; count: number }>;
}
