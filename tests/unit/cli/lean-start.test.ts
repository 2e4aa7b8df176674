// `briefing --help` and `briefing list` start at once because each command loads its heavy
// dependencies (NLP for facts, citation styles, exports, PDF) only when it runs. A static import
// of one of them from any command file pulls it into every start; this test bundles the CLI as
// the install does and fails when the start-up graph reaches beyond the command parser and zod.
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleForNode } from '../../../scripts/bundle-node.mjs';

const ROOT = path.resolve(__dirname, '../../..');
/** The packages every start may load: the argument parser and the contract's schemas. */
const AT_START = new Set(['commander', 'zod']);

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
  it('loads only the argument parser and zod before a command runs', async () => {
    const result = await bundleForNode({
      entryPoints: { briefing: path.join(ROOT, 'src/main/cli/index.ts') },
      outdir: path.join(ROOT, 'out/cli-shape'),
      splitting: true,
      write: false
    });
    const entry = Object.keys(result.metafile.outputs).find((output) => output.endsWith('briefing.mjs'))!;
    expect(packagesLoadedAtStart(result.metafile, entry).filter((name) => !AT_START.has(name))).toEqual([]);
  });
});
