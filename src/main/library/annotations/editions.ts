/**
 * Updating a briefing to a new edition from a file: its text is replaced, its id, the user's
 * metadata edits and annotations stay. All of it is one transaction — the old text snapshotted
 * into `editions`, derived data told (search index), old sections and blocks replaced, metadata
 * merged, every annotation and draft re-anchored, the reading position moved — so a failure
 * anywhere leaves the briefing exactly as it was.
 */
import type Database from 'better-sqlite3';
import type { EditionUpdate } from '../../../shared/contract/annotations';
import type { BriefingMetadata } from '../../../shared/types';
import { prepareDerivedData } from '../derived';
import { LibraryError } from '../errors';
import { recogniseFile, type ParseFile } from '../import/registry';
import type { ContentObserver } from '../library';
import type { ParsedBriefing } from '../model';
import { findBriefingByHash, getBriefingRow, insertContent, readMetadata } from '../store/briefings';
import { writeOriginalFile } from '../store/files';
import { anchor, prepareText, type AnchorText } from './anchoring/anchor';
import { describe } from './anchoring/selectors';
import { blockAt, loadDocumentText, type DocumentText } from './document-text';
import { reanchorDrafts } from './drafts';
import { mergeMetadata } from './edition-metadata';
import { shorten } from './locate';
import { reanchorAnnotations } from './reanchor';

export interface EditionContext {
  db: Database.Database;
  now: string;
  observers: readonly ContentObserver[];
  /** Where the file is parsed; on this thread if unset (see `LibraryOptions.parseFile`). */
  parseFile?: ParseFile;
}

/**
 * Replaces the text of briefing `id` (a full id) with the file `fileName` whose bytes are `bytes`.
 *
 * @throws LibraryError when the file cannot be read or parsed, is the current edition's text, or
 * is another briefing of the library.
 */
export async function updateEdition(ctx: EditionContext, id: string, bytes: Uint8Array, fileName: string): Promise<EditionUpdate> {
  const { db } = ctx;
  const file = recogniseFile(bytes, fileName);
  const hash = file.contentHash;
  const row = getBriefingRow(db, id);
  if (row.content_hash === hash) {
    throw new LibraryError(
      `Update: ${JSON.stringify(fileName)} has the same text as the current edition (${row.edition}) of ${shorten(row.title, 50)} (${id}); nothing to update`,
      'duplicate'
    );
  }
  const other = findBriefingByHash(db, hash);
  if (other) {
    throw new LibraryError(
      `Update: ${JSON.stringify(fileName)} is already in the library as ${shorten(other.title, 50)} (${other.id}); delete that one first or update it instead`,
      'duplicate'
    );
  }
  const parsedFile = await (ctx.parseFile ? ctx.parseFile(bytes, fileName) : file.parse());
  const { parsed, parser, original } = parsedFile;
  const writeDerived = prepareDerivedData(ctx.observers, parsedFile);

  return db
    .transaction((): EditionUpdate => {
      const oldDoc = loadDocumentText(db, id);
      for (const observer of ctx.observers) observer.briefingRemoving(db, id);
      snapshotEdition(db, id, row.edition, oldDoc, ctx.now);
      const oldReadingBlock = readingBlockSelectors(db, id, oldDoc);
      db.prepare('DELETE FROM blocks WHERE briefing_id = ?').run(id);
      db.prepare('DELETE FROM sections WHERE briefing_id = ?').run(id);
      insertContent(db, id, parsed);
      writeOriginalFile(db, id, original);
      writeEditionRow(db, id, {
        metadata: mergeMetadata(readMetadata(row), parsedMetadataOf(db, id), parsed.metadata),
        parsed,
        hash,
        fileName,
        parser,
        now: ctx.now
      });
      const newDoc = loadDocumentText(db, id);
      const newText = prepareText(newDoc.text);
      const reanchored = reanchorAnnotations(db, id, { edition: row.edition, doc: oldDoc }, { doc: newDoc, text: newText });
      reanchorDrafts(db, id, newText);
      moveReadingPosition(db, id, oldReadingBlock, newDoc, newText);
      writeDerived(db, id);
      for (const observer of ctx.observers) observer.briefingsWritten(db, [id]);
      return { id, reanchored };
    })
    .immediate();
}

/** Keeps the text of the edition being replaced, block by block, in `editions`. */
function snapshotEdition(db: Database.Database, id: string, edition: number, doc: DocumentText, now: string): void {
  const kinds = new Map(
    (db.prepare('SELECT id, kind FROM blocks WHERE briefing_id = ?').all(id) as Array<{ id: number; kind: string }>).map((b) => [b.id, b.kind])
  );
  const blocks = doc.blocks.map((b, ord) => ({ ord, sectionTitle: b.sectionTitle, kind: kinds.get(b.id), text: b.text, textStart: b.textStart }));
  const row = db.prepare('SELECT content_hash, source_name, imported_at FROM briefings WHERE id = ?').get(id) as {
    content_hash: string;
    source_name: string;
    imported_at: string;
  };
  // The edition came in with the first import, or when the edition before it was replaced.
  const since = db
    .prepare('SELECT replaced_at FROM editions WHERE briefing_id = ? AND edition = ?')
    .pluck()
    .get(id, edition - 1) as string | undefined;
  db.prepare(
    `INSERT INTO editions (briefing_id, edition, content_hash, source_name, imported_at, replaced_at, blocks)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(id, edition, row.content_hash, row.source_name, since ?? row.imported_at, now, JSON.stringify(blocks));
}

function parsedMetadataOf(db: Database.Database, id: string): BriefingMetadata | null {
  const json = db.prepare('SELECT parsed_metadata FROM briefings WHERE id = ?').pluck().get(id) as string | null;
  return json ? (JSON.parse(json) as BriefingMetadata) : null;
}

function writeEditionRow(
  db: Database.Database,
  id: string,
  e: { metadata: BriefingMetadata; parsed: ParsedBriefing; hash: string; fileName: string; parser: string; now: string }
): void {
  const m = e.metadata;
  db.prepare(
    `UPDATE briefings SET title = ?, subtitle = ?, document_type = ?, publisher = ?, series = ?, language = ?, year = ?,
       date = ?, authors = ?, pe_number = ?, url = ?, source_format = ?, pages = ?, in_this_briefing = ?, warnings = ?, content_hash = ?, source_name = ?,
       parser = ?, edition = edition + 1, updated_at = ?, parsed_metadata = ?
     WHERE id = ?`
  ).run(
    m.title,
    m.subtitle,
    m.documentType,
    m.publisher,
    m.series,
    m.language,
    m.year,
    m.date,
    JSON.stringify(m.authors),
    m.peNumber,
    m.url,
    e.parsed.metadata.sourceFormat,
    e.parsed.metadata.pages,
    JSON.stringify(e.parsed.inThisBriefing),
    JSON.stringify(e.parsed.warnings),
    e.hash,
    e.fileName,
    e.parser,
    e.now,
    JSON.stringify(e.parsed.metadata),
    id
  );
}

/** Selectors for the start of the block the reader was at, to find it again in the new text. */
function readingBlockSelectors(db: Database.Database, id: string, doc: DocumentText) {
  const blockId = db.prepare('SELECT block_id FROM reading_positions WHERE briefing_id = ?').pluck().get(id) as number | null | undefined;
  const block = doc.blocks.find((b) => b.id === blockId);
  if (!block || block.text === '') return null;
  return describe(doc.text, block.textStart, block.textStart + Math.min(block.text.length, 200));
}

function moveReadingPosition(
  db: Database.Database,
  id: string,
  selectors: ReturnType<typeof readingBlockSelectors>,
  doc: DocumentText,
  text: AnchorText
): void {
  if (!selectors) return;
  const found = anchor(text, selectors);
  const block = found.status === 'orphan' ? null : blockAt(doc.blocks, found.start);
  db.prepare('UPDATE reading_positions SET block_id = ?, within = CASE WHEN ? IS NULL THEN 0 ELSE within END WHERE briefing_id = ?').run(
    block?.id ?? null,
    block?.id ?? null,
    id
  );
}
