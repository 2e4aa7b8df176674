/**
 * The parse worker thread: turns a file's bytes into a briefing, and finds its statistics, so that
 * neither a long parse (a thousand-page PDF takes seconds) nor the language analysis of facts
 * blocks the process that serves the window. It touches no database: the caller checks for
 * duplicates before and writes the result after.
 */
import { parentPort } from 'node:worker_threads';
import { describeError, LibraryError } from '../errors';
import { prepareBriefingFacts } from '../facts/store';
import type { ParseReply, ParseRequest } from './parse-protocol';
import { parseInProcess } from './registry';

const port = parentPort!;

port.on('message', ({ id, bytes, fileName }: ParseRequest) => void answer(id, bytes, fileName));

/** Every failure, thrown at once or later, is answered: an uncaught one would stop the worker and fail every file in flight. */
async function answer(id: number, bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    const value = await parseInProcess(bytes, fileName);
    port.postMessage({ id, ok: true, value: { ...value, facts: prepareBriefingFacts(value.parsed) } } satisfies ParseReply);
  } catch (error) {
    port.postMessage({ id, ok: false, message: describeError(error), ...(error instanceof LibraryError ? { code: error.code } : {}) } satisfies ParseReply);
  }
}
