/**
 * The browser-mode HTTP server: the built renderer and the contract on 127.0.0.1 only.
 *
 *   GET  /, /assets/…     the page (no token: the page itself is public, its data is not)
 *   POST /api/<method>    one contract call; JSON input, JSON `Reply` back
 *   GET  /api/events      Server-Sent Events (`AppEvent`s)
 *
 * Every request must name us in its Host header (DNS rebinding) and must not come from a foreign
 * Origin; every API call must carry the per-run token. Node's own `http` is enough for three
 * routes, so there is no framework.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers, Reply } from '../../shared/contract';
import { dispatch } from '../api/dispatch';
import { nestsTooDeeply, TOO_DEEP_MESSAGE } from '../api/input-depth';
import { MAX_IMPORT_FILE_BYTES, MAX_REQUEST_BYTES } from '../../shared/limits';
import type { EventStream } from './event-stream';
import { SECURITY_HEADERS } from '../transport/security-headers';
import { hostAllowed, originAllowed, TOKEN_HEADER, tokenMatches } from './security';
import { resolveStaticFile, sendStaticFile } from '../transport/static-files';

export interface WebServerOptions {
  handlers: Handlers;
  events: EventStream;
  /** The built renderer (out/renderer). */
  staticDir: string;
  token: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface WebServer {
  /** The address it listens on: always the loopback 127.0.0.1. */
  address: string;
  port: number;
  /** The address to open, with the token in the fragment (never sent to the server). */
  url: string;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1; resolves once it listens. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const root = fs.realpathSync(options.staticDir);
  let port = 0;
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch(() => {
      if (!response.headersSent) sendReply(response, 500, { ok: false, error: 'Browser mode: the request failed' });
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!hostAllowed(request.headers.host, port)) {
      return sendReply(response, 403, { ok: false, error: 'Browser mode: requests must be addressed to 127.0.0.1 or localhost' });
    }
    if (!originAllowed(request.headers.origin, port)) {
      return sendReply(response, 403, { ok: false, error: 'Browser mode: requests from other sites are refused' });
    }
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return handleApi(request, response, pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendReply(response, 405, { ok: false, error: `Browser mode: ${request.method ?? 'this method'} is not allowed here` });
    }
    const file = resolveStaticFile(root, pathname);
    if (!file) return sendReply(response, 404, { ok: false, error: 'Browser mode: not found' });
    sendStaticFile(file, request, response);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string): Promise<void> {
    if (!tokenMatches(options.token, request.headers[TOKEN_HEADER])) {
      request.resume();
      return sendReply(response, 401, { ok: false, error: 'Browser mode: missing or wrong access token — open the link printed by `npm run web`' });
    }
    if (method === 'events' && request.method === 'GET') return options.events.attach(response);
    if (request.method !== 'POST') {
      request.resume();
      return sendReply(response, 405, { ok: false, error: 'Browser mode: API calls are POST requests' });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      request.resume();
      return sendReply(response, 415, { ok: false, error: 'Browser mode: API calls must send JSON' });
    }
    // A declared length over the limit is refused from the headers alone, before a byte is read.
    if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) return refuseTooLarge(request, response);
    const body = await readBody(request);
    if (body === null) return refuseTooLarge(request, response);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendReply(response, 400, { ok: false, error: 'Browser mode: the request body is not valid JSON' });
    }
    if (nestsTooDeeply(input)) return sendReply(response, 400, { ok: false, error: `Browser mode: ${TOO_DEEP_MESSAGE}` });
    sendReply(response, 200, await dispatch(options.handlers, method, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Browser mode: port ${options.port} is already in use — pick another with --port, or leave it out for a free one`)
          : error
      )
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.removeAllListeners('error');
      // Once listening, a failing socket must not bring the server down; it is the client's loss.
      server.on('error', (error) => process.stderr.write(`Browser mode: ${error.message}\n`));
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  return {
    address: bound.address,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        options.events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

/** How long a refused upload's connection stays open for the client to read the answer. */
const LINGER_MS = 2000;

function sendReply(response: http.ServerResponse, status: number, reply: Reply<unknown>, headers: http.OutgoingHttpHeaders = {}): void {
  const body = JSON.stringify(reply);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers
  });
  response.end(body);
}

/**
 * Answers 413 at once, before the body is read, then closes the connection. What the client had
 * already sent is discarded, not kept, for at most a moment: closing a socket with unread data
 * resets it, and the client would lose the answer before reading it.
 */
function refuseTooLarge(request: http.IncomingMessage, response: http.ServerResponse): void {
  const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
  const error = `Browser mode: the request is larger than the limit of ${mib(MAX_REQUEST_BYTES)} (one file of at most ${mib(MAX_IMPORT_FILE_BYTES)} per call)`;
  sendReply(response, 413, { ok: false, error });
  response.once('finish', () => {
    const socket = request.socket;
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}

/** The request body, or null as soon as it grows past `MAX_REQUEST_BYTES` (nothing more is read). */
function readBody(request: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) return void chunks.push(chunk);
      request.off('data', onData);
      resolve(null);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
