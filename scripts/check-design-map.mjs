// Checks that every repository path docs/DESIGN.md names in backticks (a path under src/, bin/,
// scripts/, tests/, bench/ or docs/) exists, so the design note stays a map one can follow.
// Prints the missing ones and exits 1; `node scripts/check-design-map.mjs [file]`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PATH_IN_BACKTICKS = /`((?:src|bin|scripts|tests|bench|docs)\/[^`\s]*)`/g;

/** The repository paths `markdown` names, each once, in order. */
export function namedPaths(markdown) {
  return [...new Set([...markdown.matchAll(PATH_IN_BACKTICKS)].map((match) => match[1].replace(/\/$/, '')))];
}

/** The paths of `markdown` that do not exist under `root`. */
export function missingPaths(markdown, root = ROOT) {
  return namedPaths(markdown).filter((named) => !fs.existsSync(path.join(root, named)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs/DESIGN.md'));
  const missing = missingPaths(fs.readFileSync(file, 'utf8'));
  for (const named of missing) console.error(`${path.relative(ROOT, file)}: names ${named}, which does not exist`);
  process.exit(missing.length === 0 ? 0 : 1);
}
