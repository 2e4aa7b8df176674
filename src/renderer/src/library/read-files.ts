/** Files picked or dropped by the user, read as base64 for `importFiles` (the same on IPC and HTTP). */

import { MAX_IMPORT_FILE_BYTES } from '../../../shared/limits';

export interface ReadFile {
  name: string;
  data: string;
}

export type ReadOutcome = { ok: true; file: ReadFile } | { ok: false; error: string };

/** Reads each file; a file that cannot be read gets a one-line error instead. */
export function readFiles(files: readonly File[]): Promise<ReadOutcome[]> {
  return Promise.all(files.map(readFile));
}

function readFile(file: File): Promise<ReadOutcome> {
  const name = JSON.stringify(file.name);
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    const mib = (file.size / 1024 / 1024).toFixed(1);
    return Promise.resolve({ ok: false, error: `Import: ${name} is too large (${mib} MiB; the limit is ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB)` });
  }
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ ok: true, file: { name: file.name, data: url.slice(url.indexOf(',') + 1) } });
    };
    reader.onerror = () => resolve({ ok: false, error: `Import: ${name} could not be read` });
    reader.readAsDataURL(file);
  });
}
