/**
 * Entry point of the Electron main process (bundled to out/main/index.js). Thin wiring: the data
 * folder shared with the CLI and browser mode, one instance, the `app://` page with its guards,
 * the library behind the contract's IPC, the menu and the main window. Each job lives in its own
 * module in this folder; the decisions they make are unit tested without Electron.
 */
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { AppEvent } from '../../shared/contract';
import { APP_NAME, defaultDataDir } from '../library/data-dir';
import { describeError } from '../library/errors';
import { APP_ENTRY_URL, APP_ORIGIN, appOrigin, DEV_MODE_VARIABLE } from './app-origin';
import { registerApi, sendAppEvent } from './ipc';
import { DEEP_LINK_SCHEME } from './deep-link';
import { claimSingleInstance, handleLaunches, registerDeepLinkScheme } from './launches';
import { startLibraryService, type LibraryService } from './library-service';
import { appLocations } from './locations';
import { installMenu } from './menu';
import { confirmAndOpenExternal } from './open-external';
import { Outbox } from './outbox';
import { registerAppScheme, serveApp } from './protocol';
import { savePageAsPdf } from './save-pdf';
import { guardAllWebContents, guardSession } from './security';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE } from './window-state';

// Before ready: the library folder is Electron's user-data folder (Chromium's own files go in a
// subfolder), every renderer is sandboxed, and app:// is a privileged scheme.
const dataDir = defaultDataDir();
app.setName(APP_NAME);
app.setPath('userData', dataDir);
app.setPath('sessionData', path.join(dataDir, 'Electron'));
app.enableSandbox();
registerAppScheme();

if (claimSingleInstance()) start();
else app.quit();

function start(): void {
  const origin = appOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged, process.env[DEV_MODE_VARIABLE] === '1');
  // `npm run dev` (electron-vite's dev server) gets reload and the developer tools; `npm start`
  // runs the app as its users see it.
  const isDev = origin !== APP_ORIGIN;
  const entryUrl = isDev ? (process.env.ELECTRON_RENDERER_URL as string) : APP_ENTRY_URL;
  const outbox = new Outbox<AppEvent>();
  let window: BrowserWindow | null = null;
  let library: LibraryService | null = null;

  // Files the system hands over before the library is open wait for it.
  const pendingFiles: string[] = [];
  const importLaunchFiles = async (paths: readonly string[]) => {
    if (!library) return void pendingFiles.push(...paths);
    const outcomes = await library.importPaths(paths);
    const errors = outcomes.flatMap((o) => ('error' in o && !o.duplicateOf ? [o.error] : []));
    if (errors.length > 0) dialog.showErrorBox(`${APP_NAME} could not open every file`, errors.join('\n'));
    // The page opens the last briefing imported (or already in the library) as it opens a link.
    const opened = outcomes.flatMap((o) => ('id' in o ? [o.id] : 'duplicateOf' in o && o.duplicateOf ? [o.duplicateOf] : [])).at(-1);
    if (opened) outbox.deliver({ type: 'open-link', link: `${DEEP_LINK_SCHEME}://open?briefing=${encodeURIComponent(opened)}` });
  };

  guardAllWebContents(origin);
  handleLaunches({
    focus: () => {
      if (window?.isMinimized()) window.restore();
      window?.focus();
    },
    openLink: (link) => outbox.deliver({ type: 'open-link', link }),
    openFiles: (paths) => void importLaunchFiles(paths)
  });

  const openWindow = (preload: string): BrowserWindow => {
    const created = createMainWindow({ title: APP_NAME, url: entryUrl, preload, stateFile: path.join(dataDir, WINDOW_STATE_FILE), isDev });
    created.webContents.on('did-start-loading', () => outbox.close());
    created.webContents.on('did-finish-load', () => outbox.open((event) => sendAppEvent(created.webContents, event)));
    created.on('closed', () => {
      outbox.close();
      window = null;
    });
    return created;
  };

  void app.whenReady().then(async () => {
    const locations = appLocations({
      mainDir: __dirname,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
      exists: (file) => fs.existsSync(file)
    });
    try {
      library = await startLibraryService({
        dataDir,
        briefingsDir: locations.briefingsDir,
        ...(locations.nativeBinding ? { nativeBinding: locations.nativeBinding } : {}),
        version: app.getVersion(),
        notify: (event) => outbox.deliver(event),
        openExternal: (url) => confirmAndOpenExternal(window, url)
      });
    } catch (error) {
      dialog.showErrorBox(`${APP_NAME} cannot open its library`, `${describeError(error)}\n\nLibrary folder: ${dataDir}`);
      app.exit(1);
      return;
    }
    if (library.seedError) console.error(`${APP_NAME}: the bundled briefing could not be imported: ${library.seedError}`);

    registerDeepLinkScheme();
    guardSession(session.defaultSession, origin);
    serveApp(locations.rendererDir);
    registerApi(library.handlers, origin);
    app.setAboutPanelOptions({
      applicationName: APP_NAME,
      applicationVersion: app.getVersion(),
      credits: 'Bundled briefing: European Parliamentary Research Service, © European Union.'
    });
    installMenu({
      isDev,
      send: (command) => outbox.deliver({ type: 'menu', command }),
      showAbout: () => app.showAboutPanel(),
      savePdf: () => void savePageAsPdf(BrowserWindow.getFocusedWindow() ?? window)
    });
    window = openWindow(locations.preload);
    if (pendingFiles.length > 0) void importLaunchFiles(pendingFiles.splice(0));
    const started = library;
    window.once('ready-to-show', () => started.prepareCitations());
    app.on('activate', () => {
      window ??= openWindow(locations.preload);
    });
  });

  // macOS apps stay open without windows until the user quits; elsewhere closing the window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => library?.close());
}
