/**
 * The annotation service: create, change, delete (with undo), list and tag highlights. The
 * contract's handlers, the CLI and the notes importer all go through it.
 *
 * Durability: each change is one SQLite transaction, committed (WAL, synchronous = FULL) before
 * the method returns, so whatever the UI shows as saved survives a crash or a kill.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import type { AnnotationFilter, AnnotationView, CreateAnnotationInput, TagCount, UpdateAnnotationInput } from '../../../shared/contract/annotations';
import { MAX_QUOTE_LENGTH } from '../../../shared/contract/annotations';
import { foldText } from '../../../shared/text';
import { LibraryError } from '../errors';
import { resolveBriefingId } from '../store/briefings';
import { anchor } from './anchoring/anchor';
import { describe, type TextSelectors } from './anchoring/selectors';
import { blockAt, loadDocumentText } from './document-text';
import { clearDraftRow } from './drafts';
import { checkRange, locateQuote, shorten } from './locate';
import { insertAnnotation, queryAnnotations, readAnnotation, tagCounts, writeTags } from './store';
import { checkColor, checkNote, normaliseTags, tidyTag } from './validate';

/** Tags sort as a reader expects: "économie" between "Ecuador" and "violence". */
const TAG_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** An annotation from outside the library: its W3C selectors and content, with its own id and dates. */
export interface AdoptedAnnotation extends TextSelectors {
  id: string;
  briefingId: string;
  note: string;
  color: string;
  tags: string[];
  created: string;
  modified: string;
}

/** What the service needs of the library: its database and its clock. */
export interface AnnotationStore {
  readonly db: Database.Database;
  readonly now: () => string;
}

export class AnnotationService {
  private readonly db: Database.Database;
  private readonly now: () => string;

  constructor(store: AnnotationStore) {
    this.db = store.db;
    this.now = store.now;
  }

  /** A live annotation; a one-line error when there is none with that id. */
  get(id: string): AnnotationView {
    const found = readAnnotation(this.db, id);
    if (!found) throw new LibraryError(`Annotations: no annotation with id ${JSON.stringify(id)}`, 'not-found');
    return found;
  }

  /**
   * Live annotations matching every given filter. `text` is matched word by word against the
   * quote, note and tags, ignoring case and accents as search does ("macias" finds "Macías").
   */
  list(filter: AnnotationFilter = {}): AnnotationView[] {
    const briefingId = filter.briefingId === undefined ? undefined : resolveBriefingId(this.db, filter.briefingId);
    const tags = filter.tags?.map(tidyTag).filter((t) => t !== '');
    const found = queryAnnotations(this.db, { ...filter, briefingId, tags });
    const words = foldText(filter.text ?? '')
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0) return found;
    return found.filter((a) => {
      const haystack = foldText(`${a.quote}\n${a.note}\n${a.tags.join(' ')}`);
      return words.every((w) => haystack.includes(w));
    });
  }

  /**
   * Creates an annotation at `start`–`end` (checked against `quote` when that is given too) or at
   * the one place where `quote` occurs with the given `prefix`/`suffix`. Clears the briefing's
   * draft of a new annotation in the same transaction: the note has moved into the annotation.
   */
  create(input: CreateAnnotationInput): AnnotationView {
    const briefingId = resolveBriefingId(this.db, input.briefingId);
    const note = checkNote(input.note ?? '');
    const color = checkColor(input.color ?? 'yellow');
    const tags = normaliseTags(input.tags ?? []);
    const doc = loadDocumentText(this.db, briefingId);
    let range: { start: number; end: number };
    if (input.start !== undefined && input.end !== undefined) range = checkRange(doc, input.start, input.end, input.quote);
    else if (input.quote !== undefined) range = locateQuote(doc, { quote: input.quote, prefix: input.prefix, suffix: input.suffix });
    else throw new LibraryError('Annotate: say where the annotation goes: a start and an end, or a quote', 'invalid-input');
    const selectors = describe(doc.text, range.start, range.end);
    if (selectors.quote.length > MAX_QUOTE_LENGTH) {
      throw new LibraryError(
        `Annotate: the passage ${shorten(selectors.quote)} is ${selectors.quote.length} characters long; the limit is ${MAX_QUOTE_LENGTH}`,
        'too-large'
      );
    }
    const block = blockAt(doc.blocks, selectors.start);
    const id = crypto.randomUUID();
    const now = this.now();
    this.db
      .transaction(() => {
        insertAnnotation(this.db, {
          id,
          briefingId,
          sectionId: block?.sectionId ?? null,
          blockId: block?.id ?? null,
          ...selectors,
          note,
          color,
          status: 'exact',
          created: now,
          modified: now
        });
        writeTags(this.db, id, tags);
        clearDraftRow(this.db, briefingId, null);
      })
      .immediate();
    return this.get(id);
  }

  /**
   * Adds an annotation carried over from elsewhere — a notes export being imported back, another
   * laptop's library — anchoring its selectors in the current text as a new edition would (exact,
   * fuzzy, or orphan with its quote kept). Keeps its id and dates, so importing the same export
   * twice adds nothing the second time.
   */
  adopt(record: AdoptedAnnotation): { annotation: AnnotationView; added: boolean } {
    const existing = readAnnotation(this.db, record.id, true);
    if (existing) return { annotation: existing, added: false };
    const briefingId = resolveBriefingId(this.db, record.briefingId);
    const note = checkNote(record.note);
    const color = checkColor(record.color);
    const tags = normaliseTags(record.tags);
    const doc = loadDocumentText(this.db, briefingId);
    const found = anchor(doc.text, record);
    const selectors = found.status === 'orphan' ? record : describe(doc.text, found.start, found.end);
    const block = found.status === 'orphan' ? null : blockAt(doc.blocks, found.start);
    this.db
      .transaction(() => {
        insertAnnotation(this.db, {
          id: record.id,
          briefingId,
          sectionId: block?.sectionId ?? null,
          blockId: block?.id ?? null,
          quote: selectors.quote,
          prefix: selectors.prefix,
          suffix: selectors.suffix,
          start: selectors.start,
          end: selectors.end,
          note,
          color,
          status: found.status,
          created: record.created,
          modified: record.modified
        });
        writeTags(this.db, record.id, tags);
      })
      .immediate();
    return { annotation: this.get(record.id), added: true };
  }

  /**
   * Changes an annotation's note, colour or tags (`tags` replaces the set). Saving the note also
   * clears its draft, in the same transaction.
   */
  update(input: UpdateAnnotationInput): AnnotationView {
    const current = this.get(input.id);
    const note = input.note === undefined ? current.note : checkNote(input.note);
    const color = input.color === undefined ? current.color : checkColor(input.color);
    const tags = input.tags === undefined ? undefined : normaliseTags(input.tags);
    this.db
      .transaction(() => {
        this.db.prepare('UPDATE annotations SET note = ?, color = ?, modified_at = ? WHERE id = ?').run(note, color, this.now(), current.id);
        if (tags) writeTags(this.db, current.id, tags);
        if (input.note !== undefined) clearDraftRow(this.db, current.briefingId, current.id);
      })
      .immediate();
    return this.get(current.id);
  }

  /** Moves an annotation to the trash; `restore` brings it back, tags and note intact. */
  delete(id: string): void {
    const result = this.db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.now(), id);
    if (result.changes === 0) throw new LibraryError(`Annotations: no annotation with id ${JSON.stringify(id)}`, 'not-found');
  }

  /** Undoes `delete`. */
  restore(id: string): AnnotationView {
    const result = this.db.prepare('UPDATE annotations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) {
      const exists = readAnnotation(this.db, id, true);
      throw new LibraryError(
        exists ? `Annotations: annotation ${JSON.stringify(id)} is not deleted` : `Annotations: no annotation with id ${JSON.stringify(id)}`,
        exists ? 'conflict' : 'not-found'
      );
    }
    return this.get(id);
  }

  /**
   * Tags in use, most used first, for autocomplete: those starting with `prefix` (ignoring case
   * and accents, and a leading "#").
   */
  tags(prefix = '', limit = 100): TagCount[] {
    const wanted = foldText(tidyTag(prefix));
    return tagCounts(this.db)
      .filter((t) => foldText(t.tag).startsWith(wanted))
      .sort((a, b) => b.count - a.count || TAG_ORDER.compare(a.tag, b.tag))
      .slice(0, limit);
  }
}
