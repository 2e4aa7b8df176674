/**
 * Parsing on a worker thread (parse-worker.ts), for Electron main and the browser-mode server: the
 * process that answers the window stays free while a PDF is read. The worker starts with the first
 * file and does not keep the process alive; a `LibraryError` comes back as one, with its message.
 */
import { Worker } from 'node:worker_threads';
import { LibraryError } from '../errors';
import { findWorkerBundle } from '../worker-bundle';
import type { ParseReply, ParseRequest } from './parse-protocol';
import type { ParsedFile } from './registry';

/** The worker's bundle beside this module's bundle; see worker-bundle.ts. */
export function resolveParseWorkerScript(): string {
  return findWorkerBundle(import.meta.url, 'parse-worker', { component: 'Import', option: 'parseWorkerScript' });
}

type Pending = { resolve(value: ParsedFile): void; reject(error: Error): void };

export class WorkerParser {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  /** `script`: the worker's code when running from source; by default the bundle beside this one. */
  constructor(private readonly script?: string) {}

  readonly parse = (bytes: Uint8Array, fileName: string): Promise<ParsedFile> => {
    if (this.closed) return Promise.reject(new Error('Import: the library is closed'));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      // Copied, not transferred: the caller's bytes may share a buffer pool.
      worker.postMessage({ id, bytes, fileName } satisfies ParseRequest);
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    this.failAll('Import: the library was closed during the import');
    await this.worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script ?? resolveParseWorkerScript());
    worker.on('message', (reply: ParseReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      // An idle worker does not keep the process (the CLI, a test) from exiting.
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(reply.code ? new LibraryError(reply.message, reply.code) : new Error(reply.message));
    });
    worker.on('error', (error) => this.stopped(`Import: the parser stopped (${error.message})`));
    worker.on('exit', () => this.stopped('Import: the parser stopped'));
    this.worker = worker;
    return worker;
  }

  /** A worker that died fails what it had; the next file starts a new one. */
  private stopped(message: string): void {
    this.worker = undefined;
    this.failAll(message);
  }

  private failAll(message: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }
}
