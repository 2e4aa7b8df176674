/** The messages between the parse worker (parse-worker.ts) and its caller (worker-parser.ts). */
import type { LibraryErrorCode } from '../errors';
import type { ParsedFile } from './registry';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

export type ParseReply =
  | { id: number; ok: true; value: ParsedFile }
  /** `code` is set for a `LibraryError`, whose one-line message is for the user. */
  | { id: number; ok: false; message: string; code?: LibraryErrorCode };
