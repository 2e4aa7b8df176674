/**
 * Reading and writing briefings in SQLite: the rows of one briefing (sections, blocks, spans,
 * figures, references) are written from a `ParsedBriefing` and read back as a `BriefingDocument`.
 *
 * Callers own transactions: `insertBriefing` and `replaceBriefingContent` run inside the caller's
 * transaction so that an import and its search-index update commit or fail together.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { BLOCK_SEPARATOR } from '../../../shared/text';
import type { BlockInfo, BriefingDocument, BriefingMetadata, BriefingSummary, FigureRegion, InlineSpan, SectionInfo } from '../../../shared/types';
import { LibraryError } from '../errors';
import type { ParsedBriefing } from '../model';

/** Ids are short and typeable (`briefing show k7m2x9qa`), from an alphabet with no look-alikes. */
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newBriefingId(): string {
  const bytes = crypto.randomBytes(8);
  return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface InsertInfo {
  id: string;
  contentHash: string;
  sourceName: string;
  parser: string;
  now: string;
}

interface BriefingRow {
  id: string;
  title: string;
  subtitle: string | null;
  document_type: string;
  publisher: string | null;
  series: string | null;
  language: string;
  year: number | null;
  date: string | null;
  authors: string;
  pe_number: string | null;
  url: string | null;
  source_format: BriefingMetadata['sourceFormat'];
  pages: number | null;
  in_this_briefing: string;
  warnings: string;
  content_hash: string;
  source_name: string;
  parser: string;
  edition: number;
  imported_at: string;
  updated_at: string;
  last_opened_at: string | null;
}

/** Inserts the briefing row and its content. Must run inside a transaction. */
export function insertBriefing(db: Database.Database, parsed: ParsedBriefing, info: InsertInfo): void {
  const m = parsed.metadata;
  db.prepare(
    `INSERT INTO briefings (id, title, subtitle, document_type, publisher, series, language, year, date, authors,
       pe_number, url, source_format, pages, in_this_briefing, warnings, content_hash, source_name, parser, edition, imported_at, updated_at)
     VALUES (@id, @title, @subtitle, @documentType, @publisher, @series, @language, @year, @date, @authors,
       @peNumber, @url, @sourceFormat, @pages, @inThisBriefing, @warnings, @contentHash, @sourceName, @parser, 1, @now, @now)`
  ).run({
    ...m,
    id: info.id,
    authors: JSON.stringify(m.authors),
    inThisBriefing: JSON.stringify(parsed.inThisBriefing),
    warnings: JSON.stringify(parsed.warnings),
    contentHash: info.contentHash,
    sourceName: info.sourceName,
    parser: info.parser,
    now: info.now
  });
  insertContent(db, info.id, parsed);
}

/**
 * Writes sections, blocks, spans, figures and references of `parsed` for briefing `id`.
 * Returns the new block ids in block order.
 */
export function insertContent(db: Database.Database, id: string, parsed: ParsedBriefing): number[] {
  const insertSection = db.prepare('INSERT INTO sections (briefing_id, ord, parent_id, level, kind, title, page) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const sectionIds: number[] = [];
  parsed.sections.forEach((section, ord) => {
    const parentId = section.parent === null ? null : sectionIds[section.parent];
    if (parentId === undefined) throw new Error(`Store: section ${ord} names parent ${section.parent}, which comes after it`);
    const result = insertSection.run(id, ord, parentId, section.level, section.kind, section.title, section.page ?? null);
    sectionIds.push(Number(result.lastInsertRowid));
  });

  const insertBlock = db.prepare('INSERT INTO blocks (briefing_id, section_id, ord, kind, text, text_start, data, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertSpan = db.prepare('INSERT INTO inline_spans (block_id, kind, start, "end", href, label) VALUES (?, ?, ?, ?, ?, ?)');
  const blockIds: number[] = [];
  let textStart = 0;
  parsed.blocks.forEach((block, ord) => {
    const sectionId = block.section === null ? null : sectionIds[block.section];
    if (sectionId === undefined) throw new Error(`Store: block ${ord} names unknown section ${block.section}`);
    const data = JSON.stringify({
      ...(block.list ? { list: block.list } : {}),
      ...(block.figure ? { figure: block.figure } : {}),
      ...(block.note ? { note: block.note } : {}),
      ...(block.box !== undefined ? { box: block.box } : {})
    });
    const blockId = Number(insertBlock.run(id, sectionId, ord, block.kind, block.text, textStart, data, block.page ?? null).lastInsertRowid);
    blockIds.push(blockId);
    textStart += block.text.length + BLOCK_SEPARATOR.length;
    for (const span of block.spans) {
      insertSpan.run(blockId, span.kind, span.start, span.end, span.kind === 'link' ? span.href : null, span.kind === 'note-ref' ? span.label : null);
    }
  });

  const insertFigure = db.prepare('INSERT INTO figures (briefing_id, block_id, source_block_id, number, caption, source, region) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const figure of parsed.figures) {
    insertFigure.run(
      id,
      blockIds[figure.block],
      figure.sourceBlock === null ? null : blockIds[figure.sourceBlock],
      figure.number,
      figure.caption,
      figure.source,
      figure.region ? JSON.stringify(figure.region) : null
    );
  }

  const insertReference = db.prepare(
    `INSERT INTO "references" (briefing_id, block_id, ord, text, authors, title, publisher, year, group_title)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  );
  parsed.references.forEach((ref, ord) => {
    insertReference.run(id, blockIds[ref.block], ord, ref.text, JSON.stringify(ref.authors), ref.title, ref.publisher, ref.year, ref.group);
  });
  return blockIds;
}

export function findBriefingByHash(db: Database.Database, hash: string): { id: string; title: string } | undefined {
  return db.prepare('SELECT id, title FROM briefings WHERE content_hash = ?').get(hash) as { id: string; title: string } | undefined;
}

/**
 * The briefing that is the same publication as one with PE number `peNumber` and date `date`:
 * the European Parliament numbers each publication once, so the same number and date in another
 * format (the web page of a PDF, a Markdown copy of a text) is the same briefing.
 */
export function findBriefingByPublication(db: Database.Database, peNumber: string, date: string): { id: string; title: string } | undefined {
  return db.prepare('SELECT id, title FROM briefings WHERE pe_number = ? AND date = ? ORDER BY imported_at LIMIT 1').get(peNumber, date) as
    { id: string; title: string } | undefined;
}

export type BriefingSort = 'title' | 'year' | 'imported' | 'opened' | 'type';

export function listBriefings(db: Database.Database, sort: BriefingSort = 'title'): BriefingSummary[] {
  const order: Record<BriefingSort, string> = {
    title: 'b.title COLLATE NOCASE',
    year: 'b.year DESC, b.title COLLATE NOCASE',
    imported: 'b.imported_at DESC',
    opened: 'b.last_opened_at IS NULL, b.last_opened_at DESC, b.title COLLATE NOCASE',
    type: 'b.document_type, b.title COLLATE NOCASE'
  };
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.document_type, b.year, b.language, b.imported_at, b.last_opened_at,
         (SELECT COUNT(*) FROM sections s WHERE s.briefing_id = b.id AND s.kind <> 'summary') AS sections, -- as countSections()
         (SELECT COUNT(*) FROM blocks k WHERE k.briefing_id = b.id) AS blocks,
         (SELECT COUNT(*) FROM annotations a WHERE a.briefing_id = b.id AND a.deleted_at IS NULL) AS annotations,
         COALESCE((SELECT r.furthest FROM reading_positions r WHERE r.briefing_id = b.id), 0) AS progress
       FROM briefings b ORDER BY ${order[sort]}`
    )
    .all() as Array<{
    id: string;
    title: string;
    document_type: string;
    year: number | null;
    language: string;
    imported_at: string;
    last_opened_at: string | null;
    sections: number;
    blocks: number;
    annotations: number;
    progress: number;
  }>;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    documentType: r.document_type,
    year: r.year,
    language: r.language,
    sections: r.sections,
    blocks: r.blocks,
    annotations: r.annotations,
    progress: r.progress,
    importedAt: r.imported_at,
    lastOpenedAt: r.last_opened_at
  }));
}

/**
 * Resolves a user-typed id: the full id, or an unambiguous prefix of at least 3 characters
 * (as git does with commit hashes).
 */
export function resolveBriefingId(db: Database.Database, typed: string): string {
  const exact = db.prepare('SELECT id FROM briefings WHERE id = ?').get(typed) as { id: string } | undefined;
  if (exact) return exact.id;
  if (typed.length >= 3 && /^[a-z0-9]+$/.test(typed)) {
    const matches = db.prepare("SELECT id FROM briefings WHERE id LIKE ? || '%' LIMIT 2").all(typed) as { id: string }[];
    if (matches.length === 1) return matches[0]!.id;
    if (matches.length > 1) throw new LibraryError(`Library: briefing id "${typed}" is ambiguous; type more of it`, 'ambiguous');
  }
  throw new LibraryError(`Library: no briefing with id "${typed}"`, 'not-found');
}

export function readMetadata(row: BriefingRow): BriefingMetadata {
  return {
    title: row.title,
    subtitle: row.subtitle,
    documentType: row.document_type,
    publisher: row.publisher,
    series: row.series,
    language: row.language,
    year: row.year,
    date: row.date,
    authors: JSON.parse(row.authors) as BriefingMetadata['authors'],
    peNumber: row.pe_number,
    url: row.url,
    sourceFormat: row.source_format,
    pages: row.pages
  };
}

export function getBriefingRow(db: Database.Database, id: string): BriefingRow {
  const row = db.prepare('SELECT * FROM briefings WHERE id = ?').get(id) as BriefingRow | undefined;
  if (!row) throw new LibraryError(`Library: no briefing with id "${id}"`, 'not-found');
  return row;
}

export function getBriefingMetadata(db: Database.Database, id: string): BriefingMetadata {
  return readMetadata(getBriefingRow(db, id));
}

/** Reads the sections of a briefing in reading order. */
export function readSections(db: Database.Database, id: string): SectionInfo[] {
  const rows = db.prepare('SELECT id, title, level, parent_id, kind, page FROM sections WHERE briefing_id = ? ORDER BY ord').all(id) as Array<{
    id: number;
    title: string;
    level: number;
    parent_id: number | null;
    kind: SectionInfo['kind'];
    page: number | null;
  }>;
  return rows.map((r) => ({ id: r.id, title: r.title, level: r.level, parentId: r.parent_id, kind: r.kind, page: r.page }));
}

/** Reads the blocks of a briefing in reading order, with their spans. */
export function readBlocks(db: Database.Database, id: string): BlockInfo[] {
  const rows = db.prepare('SELECT id, section_id, kind, text, text_start, data, page FROM blocks WHERE briefing_id = ? ORDER BY ord').all(id) as Array<{
    id: number;
    section_id: number | null;
    kind: BlockInfo['kind'];
    text: string;
    text_start: number;
    data: string;
    page: number | null;
  }>;
  const spans = db
    .prepare(
      `SELECT s.block_id, s.kind, s.start, s."end", s.href, s.label FROM inline_spans s
       JOIN blocks b ON b.id = s.block_id WHERE b.briefing_id = ? ORDER BY s.block_id, s.start, s.rowid`
    )
    .all(id) as Array<{ block_id: number; kind: InlineSpan['kind']; start: number; end: number; href: string | null; label: string | null }>;
  const spansByBlock = new Map<number, InlineSpan[]>();
  for (const s of spans) {
    const span: InlineSpan =
      s.kind === 'link'
        ? { kind: 'link', start: s.start, end: s.end, href: s.href }
        : s.kind === 'note-ref'
          ? { kind: 'note-ref', start: s.start, end: s.end, label: s.label ?? '' }
          : { kind: s.kind, start: s.start, end: s.end };
    const list = spansByBlock.get(s.block_id);
    if (list) list.push(span);
    else spansByBlock.set(s.block_id, [span]);
  }
  return rows.map((r) => ({
    id: r.id,
    sectionId: r.section_id,
    kind: r.kind,
    text: r.text,
    textStart: r.text_start,
    spans: spansByBlock.get(r.id) ?? [],
    ...(JSON.parse(r.data) as Pick<BlockInfo, 'list' | 'note' | 'box' | 'figure'>),
    page: r.page
  }));
}

export function readBriefingDocument(db: Database.Database, id: string): BriefingDocument {
  const row = getBriefingRow(db, id);
  const figures = db
    .prepare('SELECT number, caption, source, block_id, source_block_id, region FROM figures WHERE briefing_id = ? ORDER BY id')
    .all(id) as Array<{
    number: string;
    caption: string;
    source: string | null;
    block_id: number;
    source_block_id: number | null;
    region: string | null;
  }>;
  const references = db
    .prepare('SELECT text, authors, title, publisher, year, group_title, block_id FROM "references" WHERE briefing_id = ? ORDER BY ord')
    .all(id) as Array<{
    text: string;
    authors: string;
    title: string | null;
    publisher: string | null;
    year: number | null;
    group_title: string | null;
    block_id: number;
  }>;
  const blocks = readBlocks(db, id);
  return {
    id,
    metadata: readMetadata(row),
    inThisBriefing: JSON.parse(row.in_this_briefing) as string[],
    sections: readSections(db, id),
    blocks,
    figures: figures.map((f) => ({
      number: f.number,
      caption: f.caption,
      source: f.source,
      blockId: f.block_id,
      sourceBlockId: f.source_block_id,
      ...(f.region === null ? {} : { region: JSON.parse(f.region) as FigureRegion })
    })),
    references: references.map((r) => ({
      text: r.text,
      authors: JSON.parse(r.authors) as string[],
      title: r.title,
      publisher: r.publisher,
      year: r.year,
      group: r.group_title,
      blockId: r.block_id
    })),
    notes: blocks.flatMap((b) => (b.kind === 'note' && b.note ? [{ number: b.note.label, text: b.text, blockId: b.id }] : [])),
    warnings: JSON.parse(row.warnings) as string[],
    edition: row.edition,
    sourceName: row.source_name,
    importedAt: row.imported_at,
    updatedAt: row.updated_at
  };
}

/** Deletes a briefing and everything that hangs off it. Must run inside a transaction. */
export function deleteBriefingRows(db: Database.Database, id: string): void {
  const result = db.prepare('DELETE FROM briefings WHERE id = ?').run(id);
  if (result.changes === 0) throw new LibraryError(`Library: no briefing with id "${id}"`, 'not-found');
}
