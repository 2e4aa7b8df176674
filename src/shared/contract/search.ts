/**
 * Contract methods for search: library-wide search with the query language of issue 4, and
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
  /** How the best term matched: as typed, by stem, as a prefix, or approximately. */
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
  /** Closest indexed words when a term found nothing ("did you mean"). */
  suggestions: string[];
  elapsedMs: number;
}

export const searchMethods = {
  search: method<SearchResponse>()(SearchRequest),
  /** Completions for the word being typed, most useful first. */
  suggest: method<string[]>()(z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(20).optional() }))
};
