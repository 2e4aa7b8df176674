// `npm run web`: Briefing Reader in a browser, for machines without the Electron binary and for the
// end-to-end tests. Builds what is missing or stale, then starts the server (src/main/web), which
// prints the address to open. Options: --data-dir DIR, --port N, --no-open.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { ensureWebBuilt, ROOT } from './build-web.mjs';

try {
  await ensureWebBuilt();
} catch (error) {
  process.stderr.write(`Browser mode: the build failed — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(path.join(ROOT, 'out/web/server.mjs')).href);
