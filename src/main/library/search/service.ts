/**
 * The search service: what the API handlers and the CLI call. Two faces with one interface —
 * in-process (the CLI, tests: the engine on the library's own connection) and a worker thread
 * (Electron main, browser mode: see worker-service.ts) — so callers never know which they have.
 *
 * The service owns the index's health: a missing, old or damaged index is rebuilt before the
 * search is answered (in-process, synchronously; the worker rebuilds in the background).
 */
import type Database from 'better-sqlite3';
import type { SearchRequest, SearchResponse } from '../../../shared/contract/search';
import { CorruptIndexError } from './codec';
import { SearchEngine, type EngineOptions } from './engine';
import { rebuildIndex, type RebuildOptions } from './rebuild';

export interface SearchService {
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Completions for the word being typed, as whole queries. */
  suggest(query: string, limit?: number): Promise<string[]>;
  /** Tells the service the index changed (an import or deletion committed). */
  notifyChanged(): void;
  close(): Promise<void>;
}

/** The engine on the caller's thread and connection. */
export class InProcessSearchService implements SearchService {
  readonly engine: SearchEngine;

  constructor(
    private readonly db: Database.Database,
    options: EngineOptions & { rebuild?: RebuildOptions } = {}
  ) {
    this.engine = new SearchEngine(db, options);
    this.rebuildOptions = options.rebuild ?? {};
  }

  private readonly rebuildOptions: RebuildOptions;

  /** Makes the index usable: loads it, or rebuilds it when missing, old or damaged. */
  ensureReady(): void {
    if (this.engine.refresh() === 'ready') return;
    this.rebuild();
  }

  /** Rebuilds the index from the library's blocks now. */
  rebuild(): void {
    rebuildIndex(this.db, this.rebuildOptions);
    this.engine.reset();
    if (this.engine.refresh() !== 'ready') throw new Error('Search: the index could not be rebuilt');
  }

  searchNow(request: SearchRequest): SearchResponse {
    return this.withIndex(() => this.engine.search(request));
  }

  suggestNow(query: string, limit?: number): string[] {
    return this.withIndex(() => this.engine.suggest(query, limit));
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return Promise.resolve().then(() => this.searchNow(request));
  }

  suggest(query: string, limit?: number): Promise<string[]> {
    return Promise.resolve().then(() => this.suggestNow(query, limit));
  }

  notifyChanged(): void {
    // The engine notices changes itself: every query compares the index's generation.
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private withIndex<T>(run: () => T): T {
    this.ensureReady();
    try {
      return run();
    } catch (error) {
      if (!(error instanceof CorruptIndexError)) throw error;
      this.rebuild();
      return run();
    }
  }
}

const attached = new WeakMap<object, SearchService>();

/** Records the search service opened with a library (see `openLibrary`). */
export function attachSearchService(library: object, service: SearchService): void {
  attached.set(library, service);
}

/** The search service opened with `library`, if `openLibrary` attached one. */
export function searchServiceOf(library: object): SearchService | undefined {
  return attached.get(library);
}
