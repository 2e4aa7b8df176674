/**
 * Where the app's own page comes from, and the test every security check in main uses to tell
 * the app's frame from anything else. The packaged UI is served by the privileged `app://reader`
 * origin (protocol.ts); in `npm run dev` it is electron-vite's dev server on the loopback address.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The environment variable `npm run dev` (scripts/start.mjs --dev) sets to `1`, and `npm start`
 * removes: the only way to make the app trust a dev server.
 */
export const DEV_MODE_VARIABLE = 'BRIEFING_READER_DEV';

/**
 * The origin the window is trusted to be on. `devServerUrl` (electron-vite's ELECTRON_RENDERER_URL)
 * is honoured only under `npm run dev` (`devMode`), never in a packaged app, and only on the
 * loopback address, so a stray environment variable cannot point `npm start` or an installed app
 * at another page.
 */
export function appOrigin(devServerUrl: string | undefined, isPackaged: boolean, devMode: boolean): string {
  if (isPackaged || !devMode || !devServerUrl) return APP_ORIGIN;
  const url = parseUrl(devServerUrl);
  const loopback = url && url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return loopback ? url.origin : APP_ORIGIN;
}

/**
 * True when `url` is a page of the app: same scheme, host and port as `origin`. Anything else —
 * another origin, `file:`, `about:blank`, a missing or unparsable URL — is not. Custom schemes
 * report an opaque `URL.origin`, so the comparison is on protocol and host instead.
 */
export function isAppUrl(url: string | null | undefined, origin: string = APP_ORIGIN): boolean {
  const parsed = url ? parseUrl(url) : null;
  const expected = parseUrl(origin);
  if (!parsed || !expected) return false;
  return parsed.protocol === expected.protocol && parsed.host === expected.host && parsed.username === '' && parsed.password === '';
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
