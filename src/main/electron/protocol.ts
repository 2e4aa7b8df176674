/**
 * The privileged `app://` scheme the window loads from instead of `file://`: registered as
 * standard and secure before the app is ready (so the page is a secure context with a real
 * origin), then served from out/renderer by app-protocol.ts.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createAppRequestHandler } from './app-protocol';

/** Must run before `app.whenReady()` resolves. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the built renderer in `rendererDir` on `app://reader`. */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
