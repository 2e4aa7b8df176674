/**
 * Guards every page the app creates, whatever window it is in: no permission but writing to the
 * clipboard, no navigation away from the app, no new windows, no webviews. The decisions live in
 * security-policy.ts; this file only attaches them to Electron.
 */
import { app, type Session, type WebContents } from 'electron';
import { isNavigationAllowed, isPermissionAllowed } from './security-policy';

/** Answers the session's permission requests and checks with the app's policy. */
export function guardSession(session: Session, origin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, origin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, origin)
  );
  session.setDevicePermissionHandler(() => false);
}

/** Attaches the navigation and window guards to every web contents as it is created. */
export function guardAllWebContents(origin: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origin));
}

function guardWebContents(contents: WebContents, origin: string): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url, origin)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
