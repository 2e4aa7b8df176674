// The one way we bundle a Node entry point with esbuild (the CLI, the browser-mode server and its
// search worker): ES modules for Node 20, `.mjs` files, dependencies left external
// (better-sqlite3 is a native module, and npm installs the rest), linked source maps.
import { build } from 'esbuild';

/**
 * Bundles `entryPoints` (output name → source file) into `outdir` as `<name>.mjs`. With
 * `splitting`, each dynamic `import()` becomes a chunk of its own, loaded only when reached.
 * `write: false` keeps the output in memory and returns esbuild's metafile (what imports what),
 * for tests of the bundle's shape.
 */
export function bundleForNode({ entryPoints, outdir, splitting = false, write = true }) {
  return build({
    splitting,
    write,
    metafile: !write,
    chunkNames: 'chunks/[name]-[hash]',
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning'
  });
}
