/**
 * The checks that keep browser mode private to the person who started it. The server listens on
 * 127.0.0.1 only, but any web page the user visits could still try to reach it: a DNS-rebinding
 * page arrives with a foreign Host header, a cross-site request with a foreign Origin, and neither
 * can know the per-run token, which lives only in the printed URL's fragment and the tab's
 * sessionStorage.
 */
import crypto from 'node:crypto';

/** The header that carries the per-run token on every API call. */
export const TOKEN_HEADER = 'x-briefing-token';

/** A fresh per-run token: 32 random bytes, base64url so it survives a URL fragment unescaped. */
export function createToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * Whether `presented` is the token, compared in constant time. Both sides are hashed first so
 * that the comparison has the same length whatever was presented.
 */
export function tokenMatches(token: string, presented: string | string[] | undefined): boolean {
  if (typeof presented !== 'string' || presented === '') return false;
  const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();
  return crypto.timingSafeEqual(digest(token), digest(presented));
}

/** The Host values a browser sends for our own pages: `127.0.0.1:<port>` or `localhost:<port>`. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const value = host.toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/**
 * Whether a request's Origin (when it has one) is our own. Browsers send Origin on cross-origin
 * requests and on same-origin POSTs; a page from anywhere else is refused outright.
 */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const value = origin.toLowerCase();
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`;
}
