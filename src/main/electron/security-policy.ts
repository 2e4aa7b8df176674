/**
 * The decisions behind the window's guards (security.ts), kept free of Electron so they are unit
 * tested: which permissions a page gets, which navigations and which downloads are allowed.
 */
import { isAppUrl } from './app-origin';

/**
 * Writing to the clipboard (copy with citation) is the one web permission the app uses; every
 * other request — camera, notifications, geolocation, USB, … — is denied, and even the clipboard
 * only to the app's own page.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** True when a page at `requestingUrl` may have `permission`. */
export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined, origin: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, origin);
}

/**
 * True when a frame may navigate to `url`: only within the app (a reload, the dev server's own
 * pages). Links out of the app go through openExternal, never through navigation.
 */
export function isNavigationAllowed(url: string, origin: string): boolean {
  return isAppUrl(url, origin);
}

/**
 * True when a download may start: only a file the app's own page made and offers for saving
 * (exported notes, a reference) — a `blob:` URL of the app's origin. Nothing else, a link in a
 * briefing least of all, downloads anything.
 */
export function isDownloadAllowed(url: string, origin: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length), origin);
}

/** The parts of an IPC sender frame (Electron's `WebFrameMain`) the trust check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True when an IPC message comes from the top frame of the app's own page. A frame that has gone
 * (null), a subframe, or a page on any other origin — a link that somehow got navigated to, an
 * injected iframe — is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, origin: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, origin);
}
