/**
 * Serves the built renderer (out/renderer) read-only. A request path is decoded, resolved inside
 * the root and checked against the root's real path, so `..`, encoded slashes and symlinks can
 * never reach a file outside it; anything else is a plain 404 that says nothing about the disk.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { contentTypeOf } from './content-types';

/** What to send for a GET of `urlPath`, or null when there is no such file under the root. */
export interface StaticFile {
  filePath: string;
  contentType: string;
  size: number;
  /** Vite's hashed assets never change under their name; index.html must always be revalidated. */
  cacheControl: string;
}

/**
 * Finds the file for `urlPath` (the request's path without query) under `root`, which must be a
 * real (symlink-free) absolute path. "/" means index.html. Returns null for anything that is not
 * a regular file inside the root.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = path.resolve(root, relative);
  if (!isInside(root, candidate)) return null;
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync(candidate);
    stat = fs.statSync(real);
  } catch {
    return null;
  }
  if (!stat.isFile() || !isInside(root, real)) return null;
  return {
    filePath: real,
    contentType: contentTypeOf(real),
    size: stat.size,
    cacheControl: relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
  };
}

/** Streams `file` as the response (headers already holding the security set). */
export function sendStaticFile(file: StaticFile, request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.size, 'Cache-Control': file.cacheControl });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  fs.createReadStream(file.filePath)
    .on('error', () => response.destroy())
    .pipe(response);
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
