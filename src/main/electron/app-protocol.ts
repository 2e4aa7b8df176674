/**
 * Serves the built renderer (out/renderer) to the `app://reader` origin. The file lookup (no `..`,
 * no encoded slashes, no symlink out of the folder) and the security headers, Content-Security-
 * Policy included, are the ones browser mode uses too (src/main/transport), so both transports
 * serve the page alike.
 * Plain Node and web `Request`/`Response`, no Electron: protocol.ts hands this to `protocol.handle`.
 */
import fs from 'node:fs';
import { SECURITY_HEADERS } from '../transport/security-headers';
import { resolveStaticFile, type StaticFile } from '../transport/static-files';
import { APP_HOST } from './app-origin';

/** The file an `app://` URL names under `realRoot` (a symlink-free absolute path), or null. */
export function resolveAppFile(realRoot: string, requestUrl: string): StaticFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  return url.host === APP_HOST ? resolveStaticFile(realRoot, url.pathname) : null;
}

/**
 * A `protocol.handle` handler serving `rootDir`: GET and HEAD only; anything on another host,
 * outside the folder or missing is a 404. Every response carries the security headers.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const realRoot = fs.realpathSync(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppFile(realRoot, request.url);
    if (!file) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.promises.readFile(file.filePath));
    const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl };
    return new Response(body, { status: 200, headers });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
