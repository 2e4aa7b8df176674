/**
 * The search worker thread: opens its own read-only connection to the library, loads the index and
 * answers searches, so that Electron main (and the browser-mode server) never waits for a query.
 *
 * A query whose lane counter (shared memory, written by the caller for every new request) has moved
 * on is answered "superseded" without running, and a running one stops at its next checkpoint.
 * A missing, old or damaged index is rebuilt here with a second, writable connection, one shard
 * per transaction between messages, while searches answer "rebuilding".
 */
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../errors';
import { openDatabase } from '../store/database';
import { CorruptIndexError } from './codec';
import { SearchEngine } from './engine';
import { Rebuild } from './rebuild';
import { QueryCancelled } from './scorer';
import { emptyResponse, type WorkerData, type WorkerReply, type WorkerRequest } from './worker-protocol';

const data = workerData as WorkerData;
const lanes = new Int32Array(data.lanes);
const db = openDatabase(data.dataDir, { readonly: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
const engine = new SearchEngine(db);
let rebuilding: { progress: number } | null = null;

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}

/** Loads the index, or starts rebuilding it when it cannot be used. */
function ensureIndex(): boolean {
  if (rebuilding) return false;
  if (engine.refresh() === 'ready') return true;
  startRebuild();
  return false;
}

/** How long a rebuild step waits before trying again when the database is busy. */
const BUSY_RETRY_MS = 200;

function startRebuild(): void {
  const writer = openDatabase(data.dataDir, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  rebuilding = { progress: 0 };
  const state = rebuilding;
  let rebuild: Rebuild;
  try {
    rebuild = new Rebuild(writer, { onProgress: (done, total) => (state.progress = total > 0 ? done / total : 1) });
  } catch (error) {
    writer.close();
    rebuilding = null;
    throw error;
  }
  const step = () => {
    try {
      if (!rebuild.step()) {
        setImmediate(step);
        return;
      }
    } catch (error) {
      // Another connection is writing (an import, the facts of an older library): try this step
      // again shortly rather than give up the rebuild.
      if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
        setTimeout(step, BUSY_RETRY_MS);
        return;
      }
      process.stderr.write(`${describeError(error)}\n`);
    }
    writer.close();
    rebuilding = null;
    engine.reset();
    engine.refresh();
    reply({ type: 'rebuilt' });
    setImmediate(() => engine.warm());
  };
  setImmediate(step);
}

function handle(message: WorkerRequest): void {
  if (message.type === 'changed') {
    if (!rebuilding) engine.refresh();
    return;
  }
  const lane = message.type === 'search' ? 0 : 1;
  const superseded = () => Atomics.load(lanes, lane) !== message.id;
  try {
    if (message.type === 'search') {
      if (superseded()) return reply({ id: message.id, ok: true, value: { ...emptyResponse(message.request.query), superseded: true } });
      if (!ensureIndex()) {
        return reply({
          id: message.id,
          ok: true,
          value: { ...emptyResponse(message.request.query), indexing: { state: 'rebuilding', progress: rebuilding?.progress ?? 0 } }
        });
      }
      reply({ id: message.id, ok: true, value: engine.search(message.request, superseded) });
    } else {
      if (superseded() || !ensureIndex()) return reply({ id: message.id, ok: true, value: [] });
      reply({ id: message.id, ok: true, value: engine.suggest(message.query, message.limit) });
    }
  } catch (error) {
    if (error instanceof QueryCancelled && message.type === 'search') {
      return reply({ id: message.id, ok: true, value: { ...emptyResponse(message.request.query), superseded: true } });
    }
    if (error instanceof CorruptIndexError) {
      engine.reset();
      startRebuild();
    }
    reply({ id: message.id, ok: false, error: describeError(error) });
  }
}

parentPort!.on('message', (message: WorkerRequest) => handle(message));
const started = performance.now();
ensureIndex();
reply({ type: 'ready', loadMs: performance.now() - started });
// Typo tolerance needs a radix tree of the vocabulary: build it once the worker is idle.
setImmediate(() => engine.warm());
