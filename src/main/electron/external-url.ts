/**
 * Which links may leave the app for the system browser: http and https only, parsed with `URL`
 * so that `javascript:`, `file:`, `data:`, `smb:`, `ms-msdt:` and every other scheme that an OS
 * would hand to some local program are refused, whatever their spelling.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
const MAX_URL_LENGTH = 2048;

/**
 * The link as the browser would receive it, or null when it must not be opened: not http(s), not
 * a URL, over 2048 characters, without a host, or carrying a user name or password (a classic way
 * to disguise the real host, `https://bank.example@evil.example/`).
 *
 * @example parseExternalUrl('https://www.europarl.europa.eu/thinktank') // URL { href: 'https://www.europarl.europa.eu/thinktank' }
 * @example parseExternalUrl('javascript:alert(1)') // null
 */
export function parseExternalUrl(raw: string): URL | null {
  if (raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url;
}
