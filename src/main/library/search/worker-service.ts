/**
 * The search service on a worker thread (worker.ts): Electron main and the browser-mode server use
 * it so that a query never blocks the process that serves the UI. Every request bumps its lane's
 * counter in shared memory before it is posted, so a newer keystroke supersedes an older query —
 * queued or running — which is answered `superseded: true` and should be ignored.
 */
import { Worker } from 'node:worker_threads';
import type { SearchRequest, SearchResponse } from '../../../shared/contract/search';
import { findWorkerBundle } from '../worker-bundle';
import type { SearchService } from './service';
import type { WorkerData, WorkerReply, WorkerRequest } from './worker-protocol';

export interface WorkerSearchOptions {
  dataDir: string;
  /** better-sqlite3 built for Electron's ABI, as the main connection uses. */
  nativeBinding?: string;
  /** The worker script; see `resolveWorkerScript`. */
  workerScript?: string;
}

/** The worker's bundle beside this module's bundle; see worker-bundle.ts. */
export function resolveWorkerScript(): string {
  return findWorkerBundle(import.meta.url, 'search-worker', { component: 'Search', option: 'workerScript' });
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

export class WorkerSearchService implements SearchService {
  private readonly worker: Worker;
  private readonly lanes = new Int32Array(new SharedArrayBuffer(8));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly rebuiltListeners = new Set<() => void>();
  /** Resolves with the worker's index load time (ms) once it can answer. */
  readonly ready: Promise<number>;

  constructor(options: WorkerSearchOptions) {
    const script = options.workerScript ?? resolveWorkerScript();
    const workerData: WorkerData = {
      dataDir: options.dataDir,
      lanes: this.lanes.buffer as SharedArrayBuffer,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    };
    this.worker = new Worker(script, { workerData });
    this.worker.unref();
    let markReady: (ms: number) => void = () => undefined;
    this.ready = new Promise((resolve) => (markReady = resolve));
    this.worker.on('message', (message: WorkerReply) => {
      if ('type' in message) {
        if (message.type === 'ready') return markReady(message.loadMs);
        for (const listener of this.rebuiltListeners) listener();
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(message.error));
    });
    this.worker.on('error', (error) => this.failAll(`Search: the search worker stopped (${error.message})`));
    this.worker.on('exit', () => this.failAll('Search: the search worker stopped'));
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.request(0, (id) => ({ type: 'search', id, request })) as Promise<SearchResponse>;
  }

  suggest(query: string, limit?: number): Promise<string[]> {
    return this.request(1, (id) => ({ type: 'suggest', id, query, ...(limit !== undefined ? { limit } : {}) })) as Promise<string[]>;
  }

  /** Calls `listener` whenever a background rebuild of the index finishes; returns the unsubscribe. */
  onRebuilt(listener: () => void): () => void {
    this.rebuiltListeners.add(listener);
    return () => this.rebuiltListeners.delete(listener);
  }

  notifyChanged(): void {
    if (!this.closed) this.worker.postMessage({ type: 'changed' } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.worker.terminate();
  }

  private request(lane: number, make: (id: number) => WorkerRequest): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('Search: the search service is closed'));
    const id = this.nextId++;
    Atomics.store(this.lanes, lane, id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(make(id));
    });
  }

  private failAll(message: string): void {
    this.closed = true;
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }
}
