// Bundles the `briefing` CLI into out/cli/briefing.mjs with esbuild. Dependencies stay external
// (better-sqlite3 is a native module), so the bundle is small and builds in well under a second.
import { build } from 'esbuild';

await build({
  entryPoints: { briefing: 'src/main/cli/index.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning'
});
