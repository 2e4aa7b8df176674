// `briefing --help` and `briefing list` start at once because each command loads its heavy
// dependencies (NLP for facts, citation styles, exports, PDF) only when it runs, and opening a
// library loads no parser's or fact extraction's libraries. A static import of one of them pulls
// it into every start; this test bundles the CLI as the install does and fails when the start-up
// graph — of the program, and of the program with an open library — reaches beyond what it needs.
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../../scripts/bundle-node.mjs';

const ROOT = path.resolve(__dirname, '../../..');
/** The packages every start may load: the argument parser and the contract's schemas. */
const AT_START = new Set(['commander', 'zod']);
/** And with a library open: SQLite, search (stemmers, the vocabulary's radix tree) and anchoring. */
const WITH_LIBRARY = new Set([...AT_START, 'better-sqlite3', 'porter2', 'lancaster-stemmer', 'minisearch', 'approx-string-match', 'fastest-levenshtein']);

/** Packages (not Node built-ins) reachable from `entry` through static imports only. */
function packagesLoadedAtStart(metafile: Metafile, entry: string): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (!imported.external) visit(imported.path);
      else if (!imported.path.startsWith('node:'))
        packages.add(
          imported.path
            .split('/')
            .slice(0, imported.path.startsWith('@') ? 2 : 1)
            .join('/')
        );
    }
  };
  visit(entry);
  return [...packages].sort();
}

describe('the command line start', () => {
  let metafile: Metafile;
  const output = (pattern: RegExp) => Object.keys(metafile.outputs).find((name) => pattern.test(name))!;

  beforeAll(async () => {
    const result = await bundleForNode({
      entryPoints: { briefing: path.join(ROOT, 'src/main/cli/index.ts') },
      outdir: path.join(ROOT, 'out/cli-shape'),
      splitting: true,
      write: false
    });
    metafile = result.metafile;
  });

  it('loads only the argument parser and zod before a command runs', () => {
    expect(packagesLoadedAtStart(metafile, output(/briefing\.mjs$/)).filter((name) => !AT_START.has(name))).toEqual([]);
  });

  it('opens a library without loading a parser, language, citation or export library', () => {
    const loaded = [...packagesLoadedAtStart(metafile, output(/briefing\.mjs$/)), ...packagesLoadedAtStart(metafile, output(/\/open-\w+\.mjs$/))];
    expect(loaded.filter((name) => !WITH_LIBRARY.has(name))).toEqual([]);
  });
});
