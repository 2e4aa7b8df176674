import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../src/main/electron/app-protocol';
import { tempDir } from '../../helpers/temp-library';

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  // A built renderer next to a secret that must stay unreachable.
  const base = tempDir('app-protocol-');
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Briefing Reader</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  serve = createAppRequestHandler(root);
});

describe('createAppRequestHandler', () => {
  it('serves index.html for the root with the strict Content-Security-Policy', async () => {
    const response = await serve(new Request('app://reader/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Briefing Reader');
  });

  it('allows no remote origin, inline script or eval in the policy', async () => {
    const policy = (await serve(new Request('app://reader/index.html'))).headers.get('content-security-policy') ?? '';
    expect(policy).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  });

  it('serves the bundled scripts with their type', async () => {
    const response = await serve(new Request('app://reader/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    ['a path climbing out of the folder', 'app://reader/../../etc/passwd'],
    ['an encoded climb', 'app://reader/%2e%2e/%2e%2e/etc/passwd'],
    ['a climb with an encoded slash to a real file', 'app://reader/..%2fsecret.txt'],
    ['a fully encoded climb to a real file', 'app://reader/%2e%2e%2fsecret.txt'],
    ['a climb with encoded backslashes', 'app://reader/assets%5c..%5c..%5csecret.txt'],
    ['an absolute path', 'app://reader//etc/passwd'],
    ['an encoded absolute path', 'app://reader/%2fetc%2fpasswd'],
    ['a symlink pointing out of the folder', 'app://reader/assets/link.txt'],
    ['a NUL byte', 'app://reader/index.html%00.js'],
    ['another host', 'app://elsewhere/index.html'],
    ['a missing file', 'app://reader/nothing-here.js'],
    ['a folder', 'app://reader/assets']
  ])('answers 404 to %s', async (_what, url) => {
    const response = await serve(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it('refuses to write', async () => {
    const response = await serve(new Request('app://reader/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
