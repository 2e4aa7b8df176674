/**
 * Editing a briefing's metadata — the fields citations are made from. Input is checked against
 * the contract's `MetadataPatch` (so the app and the CLI accept the same values) and written in
 * one statement; `parsed_metadata` is left alone, so an edited field keeps the user's value when
 * the briefing is updated to a new edition.
 */
import type Database from 'better-sqlite3';
import { MetadataPatch } from '../../../shared/contract/citations';
import type { BriefingMetadata } from '../../../shared/types';
import { LibraryError } from '../errors';
import { getBriefingMetadata } from './briefings';

/** The fields a user may edit; the source format and page count are facts of the imported file. */
const COLUMNS: Record<Exclude<keyof BriefingMetadata, 'sourceFormat' | 'pages'>, string> = {
  title: 'title',
  subtitle: 'subtitle',
  documentType: 'document_type',
  publisher: 'publisher',
  series: 'series',
  language: 'language',
  year: 'year',
  date: 'date',
  authors: 'authors',
  peNumber: 'pe_number',
  url: 'url'
};

/**
 * Checks `patch` and returns it parsed (trimmed, empty text as null), or throws a one-line
 * `LibraryError`: `Metadata: the date must be an ISO date: 2024, 2024-04 or 2024-04-12`.
 */
export function parseMetadataPatch(patch: unknown): Partial<BriefingMetadata> {
  const result = MetadataPatch.safeParse(patch);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const message = unknownKey
    ? `there is no field "${unknownKey}"`
    : issue.message.startsWith('Invalid')
      ? `${issue.path.join('.') || 'the patch'}: ${issue.message}`
      : issue.message;
  throw new LibraryError(`Metadata: ${message}`, 'invalid-input');
}

/** Applies a checked patch to briefing `id` and returns the metadata as now stored. */
export function updateMetadata(db: Database.Database, id: string, patch: unknown): BriefingMetadata {
  const changes = parseMetadataPatch(patch);
  if ('date' in changes) changes.year = changes.date ? Number(changes.date.slice(0, 4)) : null;
  const keys = Object.keys(changes) as Array<keyof typeof COLUMNS>;
  if (keys.length > 0) {
    const assignments = keys.map((key) => `${COLUMNS[key]} = @${key}`).join(', ');
    const values = Object.fromEntries(keys.map((key) => [key, key === 'authors' ? JSON.stringify(changes.authors) : changes[key]]));
    const result = db.prepare(`UPDATE briefings SET ${assignments} WHERE id = @id`).run({ ...values, id });
    if (result.changes === 0) throw new LibraryError(`Library: no briefing with id "${id}"`, 'not-found');
  }
  return getBriefingMetadata(db, id);
}
