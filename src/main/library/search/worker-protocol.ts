/** The messages between the search worker (worker.ts) and its caller (worker-service.ts). */
import type { SearchRequest, SearchResponse } from '../../../shared/contract/search';

export interface WorkerData {
  dataDir: string;
  nativeBinding?: string;
  /**
   * Two Int32 counters in shared memory: the id of the newest search (0) and suggest (1) request.
   * The caller bumps them before posting, so the worker sees a newer request before its message.
   */
  lanes: SharedArrayBuffer;
}

export type WorkerRequest =
  { type: 'search'; id: number; request: SearchRequest } | { type: 'suggest'; id: number; query: string; limit?: number } | { type: 'changed' };

export type WorkerReply =
  | { id: number; ok: true; value: SearchResponse | string[] }
  | { id: number; ok: false; error: string }
  | { type: 'ready'; loadMs: number }
  /** A background rebuild has finished: searches answer from the new index from now on. */
  | { type: 'rebuilt' };

/** A response with no hits, for superseded queries and an index being rebuilt. */
export function emptyResponse(query: string): SearchResponse {
  return {
    query,
    reading: { terms: [], phrases: [], excluded: [], alternatives: [], filters: {}, notes: [] },
    total: 0,
    hits: [],
    groups: [],
    suggestions: [],
    elapsedMs: 0
  };
}
