/**
 * One app at a time, and `briefing-reader://` links: a second launch hands its link to the first
 * instance and quits; macOS delivers links through `open-url`, Windows and Linux on the command line.
 */
import path from 'node:path';
import { app } from 'electron';
import { DEEP_LINK_SCHEME, findDeepLink, isDeepLink } from './deep-link';

export interface LaunchHandlers {
  /** Brings the main window to the front. */
  focus(): void;
  openLink(link: string): void;
}

/**
 * Claims the single-instance lock. Returns false when another instance holds it: that one has been
 * sent this launch's arguments, and this one should quit.
 */
export function claimSingleInstance(): boolean {
  return app.requestSingleInstanceLock();
}

/** Listens for later launches and links. Call before the app is ready, so a launch link is not missed. */
export function handleLaunches({ focus, openLink }: LaunchHandlers): void {
  app.on('second-instance', (_event, argv) => {
    focus();
    const link = findDeepLink(argv);
    if (link) openLink(link);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (isDeepLink(url)) openLink(url);
  });
  const launchLink = findDeepLink(process.argv);
  if (launchLink) openLink(launchLink);
}

/**
 * Makes the app the handler of `briefing-reader://`. Run from the repository (`electron .`), the
 * OS must be told to start Electron with the app's folder as argument.
 */
export function registerDeepLinkScheme(): void {
  const appArgument = process.defaultApp ? process.argv[1] : undefined;
  if (appArgument) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(appArgument)]);
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
}
