/**
 * The briefing-details form's state, and the conversions between it and the metadata: every field
 * as the text in its input, authors as editable rows. Main checks the values (MetadataPatch) and
 * answers with a one-line message, so the form does not duplicate those rules.
 */
import type { MetadataPatch } from '../../../shared/contract/citations';
import type { BriefingMetadata, PersonName } from '../../../shared/types';

export interface AuthorRow {
  /** Stable across reordering, for React's keys and focus. */
  key: number;
  kind: 'person' | 'organisation';
  family: string;
  given: string;
  /** An organisation's (or an unsplittable) name. */
  name: string;
}

export const TEXT_FIELDS = ['title', 'subtitle', 'date', 'documentType', 'series', 'publisher', 'peNumber', 'url', 'language'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type MetadataForm = Record<TextField, string> & { authors: AuthorRow[] };

let nextKey = 1;

export function newAuthorRow(kind: AuthorRow['kind'] = 'person'): AuthorRow {
  return { key: nextKey++, kind, family: '', given: '', name: '' };
}

function authorRow(person: PersonName): AuthorRow {
  return 'literal' in person
    ? { ...newAuthorRow('organisation'), name: person.literal }
    : { ...newAuthorRow('person'), family: person.family, given: person.given ?? '' };
}

export function metadataForm(metadata: BriefingMetadata): MetadataForm {
  return {
    title: metadata.title,
    subtitle: metadata.subtitle ?? '',
    date: metadata.date ?? (metadata.year !== null ? String(metadata.year) : ''),
    documentType: metadata.documentType,
    series: metadata.series ?? '',
    publisher: metadata.publisher ?? '',
    peNumber: metadata.peNumber ?? '',
    url: metadata.url ?? '',
    language: metadata.language,
    authors: metadata.authors.map(authorRow)
  };
}

/** Every field of the form as a patch; rows left entirely empty are not authors. */
export function metadataPatch(form: MetadataForm): MetadataPatch {
  const authors = form.authors
    .filter((row) => (row.kind === 'person' ? row.family.trim() || row.given.trim() : row.name.trim()))
    .map((row): PersonName =>
      row.kind === 'organisation' ? { literal: row.name } : row.given.trim() ? { family: row.family, given: row.given } : { family: row.family }
    );
  const patch: MetadataPatch = { authors };
  for (const field of TEXT_FIELDS) patch[field] = form[field];
  return patch;
}

/** `rows` with the row at `index` moved by `delta` places (kept in bounds). */
export function moveRow<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
