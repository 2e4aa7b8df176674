/**
 * Reads a file the user asked to import, refusing missing files, symbolic link loops, unreadable
 * files, directories and oversized files with a one-line message naming the path as given, before
 * reading a byte more than needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LibraryError } from '../errors';
import { readProblem } from '../file-problem';
import { MAX_IMPORT_BYTES } from './decode';

export function readImportFile(filePath: string): Uint8Array {
  const name = JSON.stringify(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    throw new LibraryError(`Import: ${name} ${readProblem(error)}`, 'unreadable-file');
  }
  if (stat.isDirectory()) throw new LibraryError(`Import: ${name} is a directory, not a file`, 'unreadable-file');
  if (!stat.isFile()) throw new LibraryError(`Import: ${name} is not a regular file`, 'unreadable-file');
  if (stat.size > MAX_IMPORT_BYTES) {
    const mib = (stat.size / 1024 / 1024).toFixed(1);
    throw new LibraryError(`Import: ${name} is too large (${mib} MiB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB)`, 'too-large');
  }
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    throw new LibraryError(`Import: ${name} ${readProblem(error)}`, 'unreadable-file');
  }
}

/** The name shown for an imported file: its base name. */
export function displayName(filePath: string): string {
  return path.basename(filePath);
}
