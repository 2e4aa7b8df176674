/**
 * Entry point of browser mode (bundled to out/web/server.mjs, started by `npm run web`): opens the
 * library, imports the bundled briefing on first run, serves the app on 127.0.0.1 and prints the
 * address to open. Options: --data-dir DIR, --port N, --no-open.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { createHandlers } from '../api/handlers';
import { bundledBriefingFiles } from '../library/bundled';
import { prepareCitationStylesWhenIdle } from '../library/cite/service';
import { defaultDataDir } from '../library/data-dir';
import { describeError } from '../library/errors';
import { openLibrary } from '../library/open';
import { EventStream } from './event-stream';
import { createToken } from './security';
import { startWebServer } from './server';

interface WebOptions {
  dataDir?: string;
  port: number;
  open: boolean;
}

/** The repository (or installed package) root: this file is out/web/server.mjs. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parseOptions(argv: string[]): WebOptions {
  return new Command('npm run web')
    .description('Briefing Reader in your browser, served on 127.0.0.1 only.')
    .option('--data-dir <dir>', "library folder (default: the desktop app's library)")
    .option('--port <n>', 'port to listen on (default: a free one)', parsePort, 0)
    .option('--no-open', 'do not open a browser, just print the address')
    .parse(argv, { from: 'user' })
    .opts<WebOptions>();
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

function readVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Asks the desktop to open `url` in the default browser; failing that, the printed URL is enough. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const staticDir = path.join(ROOT, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error('Browser mode: the app is not built (out/renderer is missing) — run `npm run web`, which builds it');
  }
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  // Searches and parsing run on worker threads, so neither a query nor a long PDF holds up the server.
  const services = openLibrary(dataDir, { search: 'worker', parsing: 'worker' });
  await services.library.seedOnce(bundledBriefingFiles(path.join(ROOT, 'resources', 'briefings')));
  const events = new EventStream();
  const handlers = createHandlers({
    library: services.library,
    version: readVersion(),
    notifyLibraryChanged: () => events.broadcast({ type: 'library-changed' })
  });
  const server = await startWebServer({ handlers, events, staticDir, token: createToken(), port: options.port });

  process.stdout.write(
    `Briefing Reader is running in browser mode (library: ${dataDir}).\n` + `Open this address in your browser:\n\n  ${server.url}\n\nPress Ctrl+C to stop.\n`
  );
  if (options.open) openInBrowser(server.url);
  prepareCitationStylesWhenIdle(services.library, (error) =>
    process.stderr.write(`Citation styles could not be prepared ahead of use: ${describeError(error)}\n`)
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().finally(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${describeError(error)}\n`);
  process.exitCode = 1;
});
