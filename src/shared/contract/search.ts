/**
 * Contract methods for search: library-wide search with the app's query language (query-parser.ts), and
 * completions while typing. The engine runs outside the renderer (a worker thread in main).
 */
import { z } from 'zod';
import type { BlockKind } from '../types';
import { method } from './define';

export const SearchFilters = z.object({
  briefingIds: z.array(z.string().min(1).max(64)).max(1000).optional(),
  sectionIds: z.array(z.number().int()).max(1000).optional(),
  documentTypes: z.array(z.string().min(1).max(100)).max(50).optional(),
  yearFrom: z.number().int().optional(),
  yearTo: z.number().int().optional(),
  /** Only blocks the user highlighted (`highlights`) or wrote a note on (`notes`). */
  annotated: z.enum(['highlights', 'notes']).optional()
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchRequest = z.object({
  query: z.string().max(1000),
  filters: SearchFilters.optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).max(10_000).optional(),
  /** True while the user is still typing: the last word is matched as a prefix. */
  asYouType: z.boolean().optional()
});
export type SearchRequest = z.infer<typeof SearchRequest>;

export interface SearchHit {
  briefingId: string;
  briefingTitle: string;
  sectionId: number | null;
  sectionTitle: string | null;
  blockId: number;
  blockKind: BlockKind;
  score: number;
  /** A window of the block's text with the matched words wrapped in `**` (for the CLI and --json). */
  snippet: string;
  /** The same window without markers, and the matched ranges in it (for the UI). */
  snippetText: string;
  snippetMatches: Array<[start: number, end: number]>;
  /** Matched ranges in the whole block text, for highlighting the passage in the reader. */
  highlights: Array<[start: number, end: number]>;
  /**
   * How the hit matched the query: as typed, by another form of a word (stem or word family), as a
   * prefix of a word, or approximately (a typo forgiven) — the weakest over the query's words, so
   * the UI can say "approximate match" whenever any word was not found as typed.
   */
  match: 'exact' | 'stem' | 'prefix' | 'fuzzy';
}

export interface SearchSectionGroup {
  sectionId: number | null;
  sectionTitle: string | null;
  hits: SearchHit[];
}

export interface SearchBriefingGroup {
  briefingId: string;
  briefingTitle: string;
  sections: SearchSectionGroup[];
}

/** How the query was read, so the UI can show it ("searching for … without …"). */
export interface QueryReading {
  terms: string[];
  phrases: string[];
  excluded: string[];
  alternatives: string[][];
  filters: SearchFilters;
  /** Parts of the query that could not be read and were ignored or repaired. */
  notes: string[];
}

export interface SearchResponse {
  query: string;
  reading: QueryReading;
  /** Number of matching blocks in the whole library. */
  total: number;
  /** Ranked hits, `offset` to `offset + limit`. */
  hits: SearchHit[];
  /** The same hits grouped by briefing, then section, in order of their best hit. */
  groups: SearchBriefingGroup[];
  /** Closest indexed words when a term found nothing. */
  suggestions: string[];
  /**
   * The whole query with its likely misspellings corrected ("trafficking routes FARC" for
   * "trafficing routes FARC"), when that query finds clearly better passages: "Did you mean …?".
   */
  didYouMean?: string;
  elapsedMs: number;
  /**
   * True when a newer query (a later keystroke) replaced this one before it was answered: the
   * response is empty and should be ignored.
   */
  superseded?: boolean;
  /** Set while the index is being rebuilt (after an upgrade or repair): results are empty until then. */
  indexing?: { state: 'rebuilding'; progress: number };
}

/**
 * The query syntax, for the search field's empty state and help. Plain text, one rule per line
 * (`syntax — meaning`); the same syntax works in `briefing search`.
 */
export const SEARCH_SYNTAX_HELP: ReadonlyArray<{ syntax: string; meaning: string }> = [
  { syntax: 'cocaine seizures', meaning: 'passages with all the words, in any form: seizure, seizures, seized' },
  { syntax: '"money laundering"', meaning: 'the exact phrase' },
  { syntax: 'police OR prison', meaning: 'either word' },
  { syntax: 'cocaine -Colombia', meaning: 'leave out passages with a word' },
  { syntax: 'narco*', meaning: 'words starting with narco' },
  { syntax: 'type:briefing', meaning: 'only briefings of that type (type:"at a glance" for several words)' },
  { syntax: 'year:2024   year:2020..2024   year:>=2020', meaning: 'only briefings of those years' },
  { syntax: 'in:"Ecuador"', meaning: 'only in sections whose heading has those words' },
  { syntax: 'briefing:k7m2', meaning: 'only in one briefing (its id or the start of it)' },
  { syntax: 'is:highlight   has:note', meaning: 'only passages you highlighted, or wrote a note on (notes and tags are searched too)' },
  { syntax: 'Macias, Bogota', meaning: 'accents and capitals never matter; small typos are forgiven' }
];

export const searchMethods = {
  search: method<SearchResponse>()(SearchRequest),
  /** Completions for the word being typed, most useful first. */
  suggest: method<string[]>()(z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(20).optional() }))
};
