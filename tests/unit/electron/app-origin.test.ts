import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, appOrigin, isAppUrl } from '../../../src/main/electron/app-origin';

describe('isAppUrl', () => {
  it('accepts the pages of the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://reader/assets/index-3f2a.js')).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://other/index.html'],
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///etc/passwd'],
    ['a blank page', 'about:blank'],
    ['a data URL', 'data:text/html,<h1>hi</h1>'],
    ['a user name smuggled into the URL', 'app://user@reader/index.html'],
    ['an empty URL', ''],
    ['no URL at all', null]
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('compares the port too when the origin is the dev server', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('appOrigin', () => {
  it('is app://reader for a packaged app, whatever the environment says', () => {
    expect(appOrigin('http://localhost:5173', true, false)).toBe(APP_ORIGIN);
    expect(appOrigin('http://localhost:5173', true, true)).toBe(APP_ORIGIN);
  });

  it('is app://reader under npm start, even with a loopback dev server URL in the environment', () => {
    expect(appOrigin('http://localhost:5173', false, false)).toBe(APP_ORIGIN);
    expect(appOrigin('http://127.0.0.1:5173', false, false)).toBe(APP_ORIGIN);
  });

  it("uses electron-vite's dev server in development when it is on the loopback address", () => {
    expect(appOrigin('http://localhost:5173/', false, true)).toBe('http://localhost:5173');
    expect(appOrigin('http://127.0.0.1:5173', false, true)).toBe('http://127.0.0.1:5173');
  });

  it('ignores a dev server URL that points off the machine or is not http', () => {
    expect(appOrigin('http://evil.example:5173', false, true)).toBe(APP_ORIGIN);
    expect(appOrigin('file:///tmp/index.html', false, true)).toBe(APP_ORIGIN);
    expect(appOrigin('not a url', false, true)).toBe(APP_ORIGIN);
    expect(appOrigin(undefined, false, true)).toBe(APP_ORIGIN);
  });
});
