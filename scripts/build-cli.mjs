// Bundles the `briefing` CLI into out/cli/briefing.mjs. Dependencies stay external (see
// bundle-node.mjs), so the bundle is small and builds in well under a second. Split into chunks:
// a command loads the library, citations or exports only when it runs, so `briefing --help`
// starts at once. The folder is emptied first, so chunks of an older build never pile up.
import { rmSync } from 'node:fs';
import { bundleForNode } from './bundle-node.mjs';

rmSync('out/cli', { recursive: true, force: true });
await bundleForNode({ entryPoints: { briefing: 'src/main/cli/index.ts' }, outdir: 'out/cli', splitting: true });
