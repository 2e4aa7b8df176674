/**
 * Browser mode refuses input no legitimate call sends: a body over the limit (from its declared
 * length, before reading it; or as soon as an undeclared one grows past it), input nested deeper
 * than any call, settings that are unknown, internal or oversized.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import { EventStream } from '../../../src/main/web/event-stream';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { MAX_IMPORT_FILE_BYTES, MAX_REQUEST_BYTES } from '../../../src/shared/limits';
import { tempDir, tempLibrary } from '../../helpers/temp-library';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';

let server: WebServer;
let library: ReturnType<typeof tempLibrary>;

beforeAll(async () => {
  const staticDir = path.join(tempDir('briefing-bounded-'), 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  library = tempLibrary();
  const events = new EventStream();
  const handlers = createHandlers({ library: library.library, version: '0.0.0-test', notifyLibraryChanged: () => undefined });
  server = await startWebServer({ handlers, events, staticDir, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  library.close();
});

/** POSTs a JSON text as it is (not re-serialised) and returns the status and the parsed reply. */
function post(method: string, body: string): Promise<{ status: number; reply: { ok: boolean; error?: string; value?: unknown } }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', 'X-Briefing-Token': TOKEN }
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, reply: JSON.parse(text) }));
      }
    );
    request.on('error', reject);
    request.end(body);
  });
}

interface RawExchange {
  /** The server's whole answer, headers and body. */
  answer: string;
  /** Body bytes the client had written when the server answered. */
  bytesSent: number;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/**
 * Opens a socket, sends the request head, then body bytes in 64 KiB pieces up to `sendAtMost`,
 * and stops as soon as the server answers and closes.
 */
function rawUpload(head: string[], sendAtMost: number, chunked = false): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    const piece = Buffer.alloc(64 * 1024, 0x41);
    let answer = '';
    let bytesSent = 0;
    let answeredAt: number | null = null;
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      answeredAt ??= bytesSent;
    });
    socket.on('close', () => resolve({ answer, bytesSent: answeredAt ?? bytesSent, closed: true }));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // Writing into a socket the server has closed is the expected end of an upload it refused.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ answer, bytesSent: answeredAt ?? bytesSent, closed: true });
      else reject(error);
    });
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    const pump = () => {
      while (answeredAt === null && !socket.destroyed && bytesSent < sendAtMost) {
        bytesSent += piece.length;
        const framed = chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece;
        if (!socket.write(framed)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
}

const apiHead = (method: string, extra: string[]) => [
  `POST /api/${method} HTTP/1.1`,
  `Host: 127.0.0.1:${server.port}`,
  'Content-Type: application/json',
  `X-Briefing-Token: ${TOKEN}`,
  ...extra
];

describe('request size', () => {
  it('sizes the limit from the largest file the importer takes, as base64 in one call', () => {
    expect(MAX_REQUEST_BYTES).toBeGreaterThan((MAX_IMPORT_FILE_BYTES * 4) / 3);
    expect(MAX_REQUEST_BYTES).toBeLessThan((MAX_IMPORT_FILE_BYTES * 4) / 3 + 2 * 1024 * 1024);
  });

  it('answers a declared 512 MiB body with 413 from the headers alone, and closes without reading it', async () => {
    const exchange = await rawUpload(apiHead('importFiles', ['Content-Length: 536870912']), 4 * 1024 * 1024);
    expect(exchange.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(exchange.answer).toContain('Browser mode: the request is larger than the limit of 22 MiB (one file of at most 16 MiB per call)');
    expect(exchange.closed).toBe(true);
    // The answer came before even the first 4 MiB were sent: nothing was waited for or read.
    expect(exchange.bytesSent).toBeLessThan(4 * 1024 * 1024);
  });

  it('stops reading a body of undeclared length as soon as it passes the limit', async () => {
    const exchange = await rawUpload(apiHead('importFiles', ['Transfer-Encoding: chunked']), 64 * 1024 * 1024, true);
    expect(exchange.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(exchange.closed).toBe(true);
    expect(exchange.bytesSent).toBeLessThan(MAX_REQUEST_BYTES + 8 * 1024 * 1024);
  });

  it('still takes a call as large as the largest legitimate one: one 16 MiB file', async () => {
    const data = Buffer.alloc(MAX_IMPORT_FILE_BYTES, 0).toString('base64');
    const { status, reply } = await post('importFiles', JSON.stringify({ files: [{ name: 'zeros.txt', data }] }));
    expect(status).toBe(200);
    // Accepted by the server and the contract; the importer then refuses the binary content itself.
    expect(reply).toEqual({ ok: true, value: [{ file: 'zeros.txt', error: expect.stringMatching(/^Import: "zeros\.txt" /) }] });
  });
});

describe('nesting', () => {
  it('refuses deeply nested JSON with 400 and a clear message, not a 500', async () => {
    const depth = 100_000;
    const { status, reply } = await post('saveSettings', `{"values":{"search.recent":${'['.repeat(depth)}${']'.repeat(depth)}}}`);
    expect(status).toBe(400);
    expect(reply).toEqual({ ok: false, error: 'Browser mode: the input is nested more than 32 levels deep' });
  });

  it('keeps answering after refusing it', async () => {
    expect((await post('listBriefings', '{}')).reply).toEqual({ ok: true, value: [] });
  });
});

describe('settings', () => {
  const save = (values: unknown) => post('saveSettings', JSON.stringify({ values }));
  const settings = async () => (await post('getSettings', '{}')).reply.value as Record<string, unknown>;

  it('saves the settings the page owns', async () => {
    const values = {
      'reader.theme': 'sepia',
      'reader.fontSize': 22,
      'library.sort': { column: 'year', direction: 'asc' },
      'search.recent': ['cocaine', 'ecuador']
    };
    expect((await save(values)).reply).toEqual({ ok: true, value: null });
    expect(await settings()).toMatchObject(values);
  });

  it('refuses an internal key such as library.seeded, and changes nothing', async () => {
    const before = await settings();
    const { reply } = await save({ 'library.seeded': false, 'reader.theme': 'dark' });
    expect(reply).toEqual({ ok: false, error: 'API: invalid input for saveSettings at values: "library.seeded" is not a setting the app can change' });
    expect(await settings()).toEqual(before);
  });

  it('refuses an unknown key', async () => {
    expect((await save({ 'anything.else': 1 })).reply.error).toBe(
      'API: invalid input for saveSettings at values: "anything.else" is not a setting the app can change'
    );
  });

  it('refuses an oversized value, and a value of the wrong kind, naming the setting', async () => {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const oversized = await save({ 'search.recent': [huge] });
    expect(oversized.reply.ok).toBe(false);
    expect(oversized.reply.error).toMatch(/^API: invalid input for saveSettings at values\.search\.recent\.0: .*1000/);
    expect((await save({ 'search.recent': Array.from({ length: 9 }, (_, i) => `q${i}`) })).reply.error).toMatch(
      /^API: invalid input for saveSettings at values\.search\.recent: /
    );
    expect((await save({ 'reader.fontSize': 1e9 })).reply.error).toMatch(
      /^API: invalid input for saveSettings at values\.reader\.fontSize: must be one of 15, 16/
    );
    expect((await save({ 'reader.theme': 'neon' })).reply.error).toMatch(/^API: invalid input for saveSettings at values\.reader\.theme: /);
    expect(JSON.stringify(await settings()).length).toBeLessThan(1000);
  });
});
