/**
 * The library: one SQLite database in a data directory, and the operations on briefings that the
 * app, the browser mode and the CLI share. It is plain Node — no Electron — so all of it is tested
 * in Node.
 *
 * Every write is one transaction: an import writes its rows and updates the search index together,
 * so a failure at any step leaves the library exactly as it was.
 */
import { countSections } from '../../shared/sections';
import type Database from 'better-sqlite3';
import type { BriefingDocument, BriefingMetadata, BriefingSummary, ImportOutcome, ReadingPosition } from '../../shared/types';
import type { EditionUpdate } from '../../shared/contract/annotations';
import { updateEdition } from './annotations/editions';
import { prepareDerivedData, type DerivedWriter } from './derived';
import { describeError, LibraryError } from './errors';
import { displayName, readImportFile } from './import/read-file';
import { recogniseFile, type ParsedFile, type ParseFile } from './import/registry';
import type { ParsedBriefing } from './model';
import {
  deleteBriefingRows,
  findBriefingByHash,
  findBriefingByPublication,
  insertBriefing,
  listBriefings,
  newBriefingId,
  readBriefingDocument,
  resolveBriefingId,
  type BriefingSort
} from './store/briefings';
import { openDatabase, type OpenOptions } from './store/database';
import { readOriginalFile, writeOriginalFile, type OriginalFile } from './store/files';
import { parseMetadataPatch, updateMetadata } from './store/metadata';
import { readAllSettings, readReadingPosition, readSetting, writeReadingPosition, writeSetting } from './store/settings';

/**
 * Something that keeps derived data (the search index) in step with the briefings. Its hooks run
 * inside the transaction that changes a briefing, so derived data can never disagree with it.
 */
export interface ContentObserver {
  /**
   * Work on a newly parsed file (an import or a new edition) that needs no database — facts'
   * language analysis — done outside the write transaction; the function it returns writes the
   * result in the file's own transaction, before `briefingsWritten`, so the transaction stays
   * short (see derived.ts).
   */
  prepare?(file: ParsedFile): DerivedWriter;
  /**
   * The briefings' rows have just been written: one import or new edition, or every briefing of a
   * bulk import at once, so that derived data is updated once per batch rather than once per file.
   */
  briefingsWritten(db: Database.Database, briefingIds: readonly string[]): void;
  /** The briefing's rows are about to be deleted or replaced; they can still be read. */
  briefingRemoving(db: Database.Database, briefingId: string): void;
}

export interface LibraryOptions extends OpenOptions {
  /** The clock, replaceable in tests. Returns an ISO 8601 timestamp. */
  now?: () => string;
  /** Where files are parsed (a worker thread, see import/worker-parser.ts); on this thread if unset. */
  parseFile?: ParseFile;
}

export class Library {
  readonly db: Database.Database;
  private readonly observers: ContentObserver[] = [];
  readonly now: () => string;
  private readonly parseFile: ParseFile | undefined;

  private constructor(
    readonly dataDir: string,
    db: Database.Database,
    options: LibraryOptions
  ) {
    this.db = db;
    this.now = options.now ?? (() => new Date().toISOString());
    this.parseFile = options.parseFile;
  }

  /** Opens (creating if needed) the library in `dataDir`. */
  static open(dataDir: string, options: LibraryOptions = {}): Library {
    return new Library(dataDir, openDatabase(dataDir, options), options);
  }

  close(): void {
    this.db.close();
  }

  /** Registers derived data to keep in step; see `ContentObserver`. */
  observe(observer: ContentObserver): void {
    this.observers.push(observer);
  }

  /**
   * Imports files from disk. One bad file never stops the others; each gets its own outcome.
   * See `importBatch`.
   */
  importFiles(paths: readonly string[]): Promise<ImportOutcome[]> {
    return this.importBatch(
      paths.map((filePath) => ({ reportedAs: filePath, read: () => ({ bytes: readImportFile(filePath), fileName: displayName(filePath) }) }))
    );
  }

  /** Imports files the app was given as bytes (dropped or picked in the window) as one batch, like `importFiles`. */
  importUploads(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<ImportOutcome[]> {
    return this.importBatch(files.map((file) => ({ reportedAs: file.name, read: () => ({ bytes: file.bytes, fileName: file.name }) })));
  }

  /**
   * Every file is read and parsed first; then the files share one durable commit: each is written
   * in a savepoint of one transaction (a file that fails is rolled back alone), the observers (the
   * search index) are told of the files written once, for the whole batch, and the batch is made
   * durable once at the end — one fsync instead of one per file. If that last step fails, nothing
   * of the batch is kept and every file says so.
   */
  private async importBatch(items: readonly BatchItem[]): Promise<ImportOutcome[]> {
    const prepared: (PreparedImport | ImportOutcome)[] = [];
    for (const item of items) {
      try {
        const { bytes, fileName } = item.read();
        prepared.push(await this.prepareImport(bytes, fileName, item.reportedAs));
      } catch (error) {
        prepared.push({ file: item.reportedAs, error: unexpectedFailure(item.reportedAs, error) });
      }
    }
    const writeOne = (item: PreparedImport | ImportOutcome, notify: boolean): ImportOutcome => {
      if (!('parsed' in item)) return item;
      try {
        return this.writeImport(item, notify);
      } catch (error) {
        return { file: item.reportedAs, error: unexpectedFailure(item.reportedAs, error) };
      }
    };
    if (prepared.length < 2) return prepared.map((item) => writeOne(item, true));
    try {
      return this.db
        .transaction(() => {
          const outcomes = prepared.map((item) => writeOne(item, false));
          this.notifyWritten(outcomes.flatMap((outcome) => ('id' in outcome ? [outcome.id] : [])));
          return outcomes;
        })
        .immediate();
    } catch (error) {
      return items.map((item) => ({ file: item.reportedAs, error: unexpectedFailure(item.reportedAs, error) }));
    }
  }

  /**
   * Imports one file's bytes. Throws `LibraryError` for unreadable input; reports a file already
   * in the library as an outcome with `duplicateOf`, leaving the library unchanged.
   */
  async importBytes(bytes: Uint8Array, fileName: string, reportedAs: string = fileName): Promise<ImportOutcome> {
    const prepared = await this.prepareImport(bytes, fileName, reportedAs);
    return 'parsed' in prepared ? this.writeImport(prepared, true) : prepared;
  }

  /**
   * Reads and parses a file (a PDF's text is recovered asynchronously), outside any transaction.
   * A file already in the library comes back as its duplicate outcome.
   */
  private async prepareImport(bytes: Uint8Array, fileName: string, reportedAs: string): Promise<PreparedImport | ImportOutcome> {
    const file = recogniseFile(bytes, fileName);
    const existing = findBriefingByHash(this.db, file.contentHash);
    if (existing) return duplicateOutcome(reportedAs, fileName, existing);
    const parsed = await (this.parseFile ? this.parseFile(bytes, fileName) : file.parse());
    return { reportedAs, fileName, hash: file.contentHash, ...parsed, writeDerived: prepareDerivedData(this.observers, parsed) };
  }

  /**
   * Writes a parsed file in one transaction (a savepoint, inside a batch's transaction), with the
   * derived data prepared for it. Without `notify` the observers are not told: a batch tells them
   * of all its files at once.
   */
  private writeImport(prepared: PreparedImport, notify: boolean): ImportOutcome {
    const { reportedAs, fileName, hash, parsed, parser, original, writeDerived } = prepared;
    // Checked again at write time: the same file twice in one batch is a duplicate of the first.
    const existing = findBriefingByHash(this.db, hash);
    if (existing) return duplicateOutcome(reportedAs, fileName, existing);
    // The same publication in another format (a PDF and its web page): same PE number and date.
    const { peNumber, date } = parsed.metadata;
    const samePublication = peNumber && date ? findBriefingByPublication(this.db, peNumber, date) : undefined;
    if (samePublication) {
      return {
        file: reportedAs,
        error: `Import: ${JSON.stringify(fileName)} is already in the library as "${samePublication.title}" (id ${samePublication.id}): the same publication, ${peNumber} of ${date}`,
        duplicateOf: samePublication.id
      };
    }
    const id = newBriefingId();
    this.db
      .transaction(() => {
        insertBriefing(this.db, parsed, { id, contentHash: hash, sourceName: fileName, parser, now: this.now() });
        writeOriginalFile(this.db, id, original);
        writeDerived(this.db, id);
        if (notify) this.notifyWritten([id]);
      })
      .immediate();
    return { file: reportedAs, ...summariseImport(id, parsed) };
  }

  private notifyWritten(briefingIds: readonly string[]): void {
    if (briefingIds.length === 0) return;
    for (const observer of this.observers) observer.briefingsWritten(this.db, briefingIds);
  }

  list(sort?: BriefingSort): BriefingSummary[] {
    return listBriefings(this.db, sort);
  }

  /** Full id from a typed id or unambiguous prefix; throws `LibraryError` when there is none. */
  resolveId(typed: string): string {
    return resolveBriefingId(this.db, typed);
  }

  get(id: string): BriefingDocument {
    return readBriefingDocument(this.db, this.resolveId(id));
  }

  delete(id: string): void {
    const fullId = this.resolveId(id);
    this.db
      .transaction(() => {
        for (const observer of this.observers) observer.briefingRemoving(this.db, fullId);
        deleteBriefingRows(this.db, fullId);
      })
      .immediate();
  }

  /**
   * Replaces a briefing's text with a new edition of it (a file's bytes), keeping its id, the
   * user's metadata edits and annotations, which are re-anchored; see annotations/editions.ts.
   */
  updateFromBytes(id: string, bytes: Uint8Array, fileName: string): Promise<EditionUpdate> {
    const ctx = { db: this.db, now: this.now(), observers: this.observers, ...(this.parseFile ? { parseFile: this.parseFile } : {}) };
    return updateEdition(ctx, this.resolveId(id), bytes, fileName);
  }

  /**
   * Edits a briefing's metadata (authors, date, PE number, URL, …); throws a one-line
   * `LibraryError` for a bad value. See store/metadata.ts. The observers see it as a rewrite of the
   * briefing, in the same transaction, so a new title is searchable at once and the old one is not.
   */
  updateMetadata(id: string, patch: unknown): BriefingMetadata {
    const fullId = this.resolveId(id);
    // A bad value is refused before the observers start work that would only be rolled back.
    if (Object.keys(parseMetadataPatch(patch)).length === 0) return updateMetadata(this.db, fullId, patch);
    return this.db
      .transaction(() => {
        for (const observer of this.observers) observer.briefingRemoving(this.db, fullId);
        const metadata = updateMetadata(this.db, fullId, patch);
        this.notifyWritten([fullId]);
        return metadata;
      })
      .immediate();
  }

  /** The original file of a briefing imported from a PDF; throws `LibraryError` for one without. */
  originalFile(id: string): OriginalFile {
    return readOriginalFile(this.db, this.resolveId(id));
  }

  markOpened(id: string): void {
    this.db.prepare('UPDATE briefings SET last_opened_at = ? WHERE id = ?').run(this.now(), this.resolveId(id));
  }

  readingPosition(id: string): ReadingPosition | null {
    return readReadingPosition(this.db, this.resolveId(id));
  }

  /** Saves where the reader is and, with `progress` (0..1), how far they have read (see BriefingSummary.progress). */
  saveReadingPosition(id: string, position: ReadingPosition, progress?: number): void {
    writeReadingPosition(this.db, this.resolveId(id), position, this.now(), progress);
  }

  settings(): Record<string, unknown> {
    return readAllSettings(this.db);
  }

  setting<T>(key: string): T | undefined {
    return readSetting<T>(this.db, key);
  }

  saveSettings(values: Record<string, unknown>): void {
    this.db
      .transaction(() => {
        for (const [key, value] of Object.entries(values)) writeSetting(this.db, key, value);
      })
      .immediate();
  }

  /**
   * Imports the bundled briefings the first time a library is opened, and never again, so that a
   * user who deletes them does not see them come back.
   */
  async seedOnce(files: readonly string[]): Promise<ImportOutcome[]> {
    if (this.setting<boolean>('library.seeded')) return [];
    const outcomes = await this.importFiles(files);
    const failed = outcomes.filter((o) => 'error' in o && !o.duplicateOf);
    if (failed.length > 0) throw new LibraryError(failed.map((o) => ('error' in o ? o.error : '')).join('; '), 'unreadable-file');
    this.saveSettings({ 'library.seeded': true });
    return outcomes;
  }
}

/** A file of a batch: the name its outcome reports, and how to read it (reading may fail: the file's own outcome says so). */
interface BatchItem {
  reportedAs: string;
  read(): { bytes: Uint8Array; fileName: string };
}

/** A file read and parsed, waiting to be written. */
interface PreparedImport extends ParsedFile {
  reportedAs: string;
  fileName: string;
  hash: string;
  /** Writes the observers' derived data, prepared with the parse (see derived.ts). */
  writeDerived: DerivedWriter;
}

function duplicateOutcome(reportedAs: string, fileName: string, existing: { id: string; title: string }): ImportOutcome {
  return {
    file: reportedAs,
    error: `Import: ${JSON.stringify(fileName)} is already in the library as "${existing.title}" (id ${existing.id})`,
    duplicateOf: existing.id
  };
}

function summariseImport(id: string, parsed: ParsedBriefing) {
  return {
    id,
    title: parsed.metadata.title,
    sections: countSections(parsed.sections),
    blocks: parsed.blocks.length,
    warnings: parsed.warnings
  };
}

/** A failure that is not the file's fault (a full disk, a failing index update), still naming the file on one line. */
function unexpectedFailure(filePath: string, error: unknown): string {
  return error instanceof LibraryError ? error.message : `Import: ${JSON.stringify(filePath)} could not be saved: ${describeError(error).split('\n')[0]}`;
}
