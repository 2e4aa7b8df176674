// Types of scripts/bundle-node.mjs, for the unit test of the CLI bundle's shape.
import type { BuildResult } from 'esbuild';

export function bundleForNode(options: {
  entryPoints: Record<string, string>;
  outdir: string;
  splitting?: boolean;
  write?: boolean;
}): Promise<BuildResult<{ metafile: true }>>;
