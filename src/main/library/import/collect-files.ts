/**
 * Which files an import of some paths means: a file given by name is always tried; a folder is
 * walked recursively, in name order, and each file in it is either a candidate (a format the
 * importer reads) or skipped with the reason, so that importing a folder of mixed documents
 * imports the briefings and lists the rest instead of failing on them. Hidden files and folders
 * (".git", ".DS_Store") and symbolic links to folders are not followed.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Extensions of the formats the importer reads, by content as well as name. */
const SUPPORTED = /\.(txt|text|md|markdown|mdown|mkd|mkdn|html?|xhtml|pdf)$/i;

export type CollectedFile = { file: string } | { file: string; skipped: string };

export function collectImportFiles(paths: readonly string[]): CollectedFile[] {
  return paths.flatMap((given) => (isDirectory(given) ? walk(given) : [{ file: given }]));
}

function walk(dir: string): CollectedFile[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [{ file: dir, skipped: 'the folder cannot be read' }];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .flatMap((entry): CollectedFile[] => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(file);
      if (entry.isSymbolicLink() && isDirectory(file)) return [{ file, skipped: 'a link to a folder (not followed)' }];
      if (!SUPPORTED.test(entry.name)) return [{ file, skipped: `not a format Briefing Reader reads (${path.extname(entry.name) || 'no extension'})` }];
      return [{ file }];
    });
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
