#!/usr/bin/env node
// The `briefing` command. The CLI is bundled by `npm install` (the prepare script) into out/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/briefing.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('briefing: the command line is not built yet; run `npm run build:cli` in the Briefing Reader folder\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
