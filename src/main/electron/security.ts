/**
 * Guards every page the app creates, whatever window it is in: no permission but writing to the
 * clipboard, no navigation away from the app, no new windows, no webviews, no downloads but the
 * files the app itself offers (saved where the user says). The decisions live in
 * security-policy.ts; this file only attaches them to Electron.
 */
import { app, type Session, type WebContents } from 'electron';
import { isDownloadAllowed, isNavigationAllowed, isPermissionAllowed } from './security-policy';

/** Answers the session's permission requests and checks with the app's policy. */
export function guardSession(session: Session, origin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, origin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, origin)
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL(), origin)) {
      event.preventDefault();
      return;
    }
    // Always ask where: an export is meant for a place the user chooses (their Obsidian vault, a shared folder).
    item.setSaveDialogOptions({ title: 'Save', defaultPath: item.getFilename(), buttonLabel: 'Save' });
  });
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
