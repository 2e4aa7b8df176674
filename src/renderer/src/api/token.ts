/**
 * The browser-mode access token. `npm run web` prints `http://127.0.0.1:PORT/#token=…`: the token
 * travels in the URL fragment, which browsers never send to a server or in a Referer. On load it
 * moves to sessionStorage (kept across reloads of this tab, gone with the tab) and leaves the
 * address bar, so that it is not bookmarked, shared or left in the history.
 */
const STORAGE_KEY = 'briefing-reader.token';
const FRAGMENT = /(?:^#|&)token=([A-Za-z0-9_-]{16,128})(?:&|$)/;

/** Takes the token from the address (removing it) or from this tab's storage; null when there is none. */
export function takeAccessToken(): string | null {
  const match = FRAGMENT.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
