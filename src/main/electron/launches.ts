/**
 * One app at a time, `briefing-reader://` links and opened files: a second launch hands its link
 * and its files to the first instance and quits; macOS delivers links through `open-url` and files
 * through `open-file`, Windows and Linux on the command line.
 */
import path from 'node:path';
import { app } from 'electron';
import { DEEP_LINK_SCHEME, findDeepLink, isDeepLink } from './deep-link';
import { launchFiles } from './launch-files';

export interface LaunchHandlers {
  /** Brings the main window to the front. */
  focus(): void;
  openLink(link: string): void;
  /** Imports files the system asked the app to open (absolute paths). */
  openFiles(paths: string[]): void;
}

/**
 * Claims the single-instance lock. Returns false when another instance holds it: that one has been
 * sent this launch's arguments, and this one should quit.
 */
export function claimSingleInstance(): boolean {
  return app.requestSingleInstanceLock();
}

/** Listens for later launches and links. Call before the app is ready, so a launch link is not missed. */
export function handleLaunches({ focus, openLink, openFiles }: LaunchHandlers): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focus();
    const link = findDeepLink(argv);
    if (link) openLink(link);
    const files = launchFiles(argv, workingDirectory);
    if (files.length > 0) openFiles(files);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (isDeepLink(url)) openLink(url);
  });
  const launchLink = findDeepLink(process.argv);
  if (launchLink) openLink(launchLink);
  // Run from the repository (`electron .`), the app's folder is an argument too; it has no file extension.
  const files = launchFiles(process.argv, process.cwd());
  if (files.length > 0) openFiles(files);
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
