// Bundles the `briefing` CLI into out/cli/briefing.mjs. Dependencies stay external (see
// bundle-node.mjs), so the bundle is small and builds in well under a second.
import { bundleForNode } from './bundle-node.mjs';

await bundleForNode({ entryPoints: { briefing: 'src/main/cli/index.ts' }, outdir: 'out/cli' });
