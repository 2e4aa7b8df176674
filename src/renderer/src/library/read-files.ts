/** Files picked or dropped by the user, read as base64 for `importFiles` (the same on IPC and HTTP). */

/** The core refuses larger files (src/main/library/import/decode.ts); checking here saves the upload. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

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
  if (file.size > MAX_FILE_BYTES) {
    const mib = (file.size / 1024 / 1024).toFixed(1);
    return Promise.resolve({ ok: false, error: `Import: ${name} is too large (${mib} MiB; the limit is 16 MiB)` });
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
