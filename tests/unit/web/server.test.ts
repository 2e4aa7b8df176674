import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import { EventStream } from '../../../src/main/web/event-stream';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/transport/security-headers';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { tempDir, tempLibrary } from '../../helpers/temp-library';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as given: path unnormalised, headers as listed (Host included). */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      }
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiCall(port: number, method: string, input: unknown, headers: Record<string, string> = { 'X-Briefing-Token': TOKEN }) {
  return request(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input)
  });
}

describe('browser-mode server', () => {
  let server: WebServer;
  let port: number;
  let closeLibrary: () => void;

  beforeAll(async () => {
    const root = tempDir('briefing-web-');
    const staticDir = path.join(root, 'renderer');
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(staticDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the served folder');
    fs.symlinkSync(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));

    const { library, close } = tempLibrary();
    closeLibrary = close;
    const events = new EventStream();
    const handlers = createHandlers({ library, version: '0.0.0-test', notifyLibraryChanged: () => events.broadcast({ type: 'library-changed' }) });
    server = await startWebServer({ handlers, events, staticDir, token: TOKEN });
    port = server.port;
  });

  afterAll(async () => {
    await server.close();
    closeLibrary();
  });

  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/#token=${TOKEN}`);
  });

  it('answers an API call that carries the token', async () => {
    const response = await apiCall(port, 'listBriefings', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: [] });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('refuses an API call without a token with 401', async () => {
    const response = await apiCall(port, 'listBriefings', {}, {});
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: expect.stringContaining('access token') });
  });

  it('refuses an API call with a wrong token with 401', async () => {
    expect((await apiCall(port, 'listBriefings', {}, { 'X-Briefing-Token': `${TOKEN}x` })).status).toBe(401);
    expect((await apiCall(port, 'listBriefings', {}, { 'X-Briefing-Token': 'short' })).status).toBe(401);
  });

  it('refuses the event stream without a token', async () => {
    expect((await request(port, { path: '/api/events' })).status).toBe(401);
  });

  it('refuses a request whose Host is not 127.0.0.1 or localhost with this port (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
      const response = await apiCall(port, 'listBriefings', {}, { 'X-Briefing-Token': TOKEN, Host: host });
      expect(response.status, host).toBe(403);
    }
    expect((await request(port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('accepts localhost:<port> as Host', async () => {
    const response = await apiCall(port, 'listBriefings', {}, { 'X-Briefing-Token': TOKEN, Host: `localhost:${port}` });
    expect(response.status).toBe(200);
  });

  it('refuses a request from a foreign Origin with 403, even with the token', async () => {
    const response = await apiCall(port, 'listBriefings', {}, { 'X-Briefing-Token': TOKEN, Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts its own Origin', async () => {
    const response = await apiCall(port, 'listBriefings', {}, { 'X-Briefing-Token': TOKEN, Origin: `http://127.0.0.1:${port}` });
    expect(response.status).toBe(200);
  });

  it('never sends CORS headers, not even to a preflight', async () => {
    const response = await request(port, {
      method: 'OPTIONS',
      path: '/api/listBriefings',
      headers: { Origin: `http://127.0.0.1:${port}`, 'Access-Control-Request-Method': 'POST' }
    });
    expect(response.status).toBe(401);
    expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it("serves the page with the app's strict Content-Security-Policy", async () => {
    const response = await request(port, { path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>app</title>');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const asset = await request(port, { path: '/assets/app-abc123.js' });
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses path traversal with 404, however it is spelt', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/index.html%00.js',
      '/%E0%A4%A'
    ]) {
      const response = await request(port, { path: attempt });
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('outside the served folder');
    }
  });

  it('answers a bad contract call with a one-line error, not a stack', async () => {
    const response = await apiCall(port, 'getBriefing', { id: '' });
    expect(response.status).toBe(200);
    const reply = JSON.parse(response.body) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^API: invalid input for getBriefing at id/);
    expect(reply.error).not.toContain('\n');
  });

  it('refuses a body that is not JSON', async () => {
    const response = await request(port, {
      method: 'POST',
      path: '/api/listBriefings',
      headers: { 'X-Briefing-Token': TOKEN, 'Content-Type': 'text/plain' },
      body: 'sort=title'
    });
    expect(response.status).toBe(415);
  });

  it('tells the page that it must confirm and open links itself', async () => {
    const response = await apiCall(port, 'appInfo', {});
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { linksOpenInSystemBrowser: false } });
  });

  it('answers openExternal with opened: false, so the page opens the link itself', async () => {
    const response = await apiCall(port, 'openExternal', { url: 'https://www.europarl.europa.eu/thinktank' });
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { opened: false } });
    const refused = await apiCall(port, 'openExternal', { url: 'javascript:alert(1)' });
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false });
  });

  it('pushes library-changed to the event stream when a briefing is imported', async () => {
    let connected: () => void = () => undefined;
    const subscribed = new Promise<void>((resolve) => (connected = resolve));
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, 'X-Briefing-Token': TOKEN } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          // The server acknowledges the subscription once the stream is registered.
          if (text.startsWith(': connected\n\n')) connected();
          if (text.includes('data:')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    await subscribed;
    const data = Buffer.from('Combating drug trafficking\n\nA paragraph about cocaine seizures.\n').toString('base64');
    await apiCall(port, 'importFiles', { files: [{ name: 'short.txt', data }] });
    expect(await received).toContain('data: {"type":"library-changed"}');
  });

  it("listens on the loopback interface only, unreachable from the machine's other addresses", async () => {
    expect(server.address).toBe('127.0.0.1');
    const outside = Object.values(os.networkInterfaces())
      .flat()
      // Link-local IPv6 addresses need a scope id to be dialled at all.
      .filter((address) => address && !address.internal && !address.address.startsWith('fe80:'))
      .map((address) => address!.address);
    for (const address of outside) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).toBe('ECONNREFUSED');
    }
  });
});
