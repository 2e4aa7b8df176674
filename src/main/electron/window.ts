/**
 * The main window: secure web preferences, shown only once painted (no white flash), and put back
 * where the user left it when that place is still on screen.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { secureWebPreferences } from './web-preferences';
import { DEFAULT_SIZE, loadWindowState, restorableBounds, saveWindowState } from './window-state';

export interface MainWindowOptions {
  title: string;
  /** The page to load: app://reader/index.html, or the dev server in `npm run dev`. */
  url: string;
  preload: string;
  /** window-state.json in the user-data folder. */
  stateFile: string;
  isDev: boolean;
}

/** Opens the main window and starts loading the app. */
export function createMainWindow({ title, url, preload, stateFile, isDev }: MainWindowOptions): BrowserWindow {
  const saved = loadWindowState(stateFile);
  const bounds = restorableBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea)
  );
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 480,
    minHeight: 360,
    title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences({ preload, isDev, platform: process.platform })
  });
  if (saved && bounds) {
    if (saved.maximized) window.maximize();
    if (saved.fullScreen) window.setFullScreen(true);
  }
  window.once('ready-to-show', () => window.show());
  window.on('close', () => rememberPlace(window, stateFile));
  window.loadURL(url).catch((error: unknown) => {
    console.error(`Briefing Reader: the window could not load ${url}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}

function rememberPlace(window: BrowserWindow, stateFile: string): void {
  try {
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
  } catch {
    // A read-only or full disk must not stop the window from closing; it just opens centred next time.
  }
}
