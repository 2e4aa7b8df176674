/**
 * The files of a drop, with dropped folders read recursively (Chromium's file-system entries), so
 * that dropping a folder imports the briefings in it. Files inside folders are kept only when they
 * are of a format the importer reads; a file dropped on its own is always tried.
 */

/** Files of a folder worth sending: the formats the importer reads. */
export const IMPORTABLE = /\.(txt|text|md|markdown|html?|xhtml|pdf)$/i;

export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (!entries.some((entry) => entry.isDirectory)) return Array.from(transfer.files);
  const files: File[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) files.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
    else files.push(await fileOf(entry as FileSystemFileEntry));
  }
  return files;
}

async function folderFiles(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const files: File[] = [];
  for (const entry of await allEntries(folder)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory) files.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
    else if (IMPORTABLE.test(entry.name)) files.push(await fileOf(entry as FileSystemFileEntry));
  }
  return files;
}

/** `readEntries` answers in batches; it is called until it answers with none. */
async function allEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
