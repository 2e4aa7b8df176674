/**
 * The main window's web preferences, in one place so a test can read them: the page is an
 * untrusted document viewer, so it gets no Node, an isolated and sandboxed preload, web security
 * on, and no webview. Experimental and Blink features are simply never set (they default off).
 */
import type { WebPreferences } from 'electron';

export interface WebPreferencesOptions {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preload: string;
  /** Developer tools are available in development only. */
  isDev: boolean;
  platform: NodeJS.Platform;
}

/** Secure web preferences for the main window. */
export function secureWebPreferences({ preload, isDev, platform }: WebPreferencesOptions): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: isDev,
    // On Linux Chromium downloads Hunspell dictionaries from Google on first use; the app makes no
    // network requests of its own, so spell checking of notes uses the OS checker (macOS, Windows) only.
    spellcheck: platform !== 'linux'
  };
}
