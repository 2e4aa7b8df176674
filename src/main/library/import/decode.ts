/**
 * Turns the bytes of an imported file into text, or refuses them with a one-line reason.
 *
 * Accepts UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark; line endings
 * become "\n" and the text is normalised to Unicode NFC, so that "Macías" is one code point per
 * letter whatever the source used. Refuses empty, binary, oversized and wrongly encoded files
 * before any parsing starts, so nothing half-read ever reaches the store.
 */
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/limits';
import { LibraryError } from '../errors';

/** The largest file we import (shared with the contract and the page, which check it first). */
export const MAX_IMPORT_BYTES = MAX_IMPORT_FILE_BYTES;

export function decodeBriefingBytes(bytes: Uint8Array, fileName: string): string {
  const name = JSON.stringify(fileName);
  checkFileSize(bytes, fileName);
  const text = normaliseText(decode(bytes, name));
  if (text.trim() === '') throw new LibraryError(`Import: ${name} is empty (it holds only white space)`, 'unreadable-file');
  return text;
}

/** Refuses an empty or oversized file, whatever its format, before anything reads it. */
export function checkFileSize(bytes: Uint8Array, fileName: string): void {
  const name = JSON.stringify(fileName);
  if (bytes.length === 0) throw new LibraryError(`Import: ${name} is empty`, 'unreadable-file');
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mib = (bytes.length / 1024 / 1024).toFixed(1);
    throw new LibraryError(`Import: ${name} is too large (${mib} MiB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB)`, 'too-large');
  }
}

function decode(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2), name);
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new LibraryError(`Import: ${name} is a binary file, not text`, 'unreadable-file');
  return decodeStrict('utf-8', body, name);
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    const at = encoding === 'utf-8' ? ` (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})` : '';
    throw new LibraryError(`Import: ${name} is not valid ${label} text${at}`, 'unreadable-file');
  }
}

/** NUL bytes never occur in UTF-8 text; a few control bytes in the first 8 KiB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length / 100;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

/** CRLF and lone CR become LF; the text is NFC-normalised. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
