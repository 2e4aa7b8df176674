/**
 * YAML front matter (the `---` block at the top of a Markdown note, as Obsidian, Jekyll, Hugo and
 * Pandoc write it) → the briefing's metadata. Keys are read under the names those tools use
 * (`author` or `authors`, `date` or `published`, …); unknown keys are
 * ignored. Front matter that is not valid YAML, or not a list of `key: value` lines, is refused
 * with the line it breaks on, rather than imported as text.
 */
import { parseDocument } from 'yaml';
import type { PersonName } from '../../../../shared/types';
import { LibraryError } from '../../errors';
import { isoDate } from '../structured/dates';
import { personNames } from '../structured/person-names';

export interface FrontMatter {
  title: string | null;
  subtitle: string | null;
  authors: PersonName[];
  date: string | null;
  publisher: string | null;
  series: string | null;
  documentType: string | null;
  language: string | null;
  peNumber: string | null;
  url: string | null;
}

export const EMPTY_FRONT_MATTER: FrontMatter = {
  title: null,
  subtitle: null,
  authors: [],
  date: null,
  publisher: null,
  series: null,
  documentType: null,
  language: null,
  peNumber: null,
  url: null
};

/** Reads the YAML between the `---` lines; `fileName` is for the error message. */
export function readFrontMatter(yaml: string, fileName: string): FrontMatter {
  const document = parseDocument(yaml, { uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    // The front matter starts on the file's second line, after the opening "---".
    const line = error.linePos ? ` (line ${error.linePos[0].line + 1})` : '';
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new LibraryError(`Import: ${JSON.stringify(fileName)} has front matter that is not valid YAML${line}: ${reason}`, 'unreadable-file');
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) return EMPTY_FRONT_MATTER;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new LibraryError(`Import: ${JSON.stringify(fileName)} has front matter that is not a list of "key: value" lines`, 'unreadable-file');
  }
  const field = (...keys: string[]): unknown => {
    const entries = Object.entries(data as Record<string, unknown>);
    for (const key of keys) {
      const found = entries.find(([k]) => k.toLowerCase() === key);
      if (found && found[1] !== null && found[1] !== undefined) return found[1];
    }
    return undefined;
  };
  const pe = /\bPE\s?(\d{3}\.\d{3})\b/i.exec(text(field('pe', 'penumber', 'pe_number', 'pe-number')) ?? '');
  return {
    title: text(field('title')),
    subtitle: text(field('subtitle')),
    authors: personNames(texts(field('authors', 'author', 'creator', 'creators'))),
    date: isoDate(field('date', 'published', 'publication_date', 'pubdate', 'created')),
    publisher: text(field('publisher', 'organisation', 'organization', 'site')),
    series: text(field('series')),
    documentType: text(field('type', 'documenttype', 'document_type')),
    language: text(field('language', 'lang')),
    peNumber: pe ? `PE ${pe[1]}` : null,
    url: text(field('url', 'link', 'source'))
  };
}

/** A scalar as one line of text; null for lists, maps and empty values. */
function text(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const line = String(value).replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/** A scalar or a list of scalars (or of `{ name: … }` maps, as CSL YAML writes authors). */
function texts(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (item && typeof item === 'object' && 'name' in item ? (item as { name: unknown }).name : item))
    .map(text)
    .filter((t): t is string => t !== null);
}
