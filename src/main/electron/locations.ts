/**
 * Where the running app finds its parts. In development they are in the repository (the main
 * bundle is out/main/index.js); packaged, the renderer and preload sit next to main in the app
 * archive and the bundled briefings in the resources folder beside it.
 */
import path from 'node:path';

export interface AppLocations {
  /** The built renderer served on app://reader. */
  rendererDir: string;
  /** The sandboxed preload bundle. */
  preload: string;
  /** The briefings imported on first run. */
  briefingsDir: string;
  /**
   * better-sqlite3 built for Electron's ABI by `npm start` (.cache/electron-native/<version>/), when
   * running from the repository; a packaged app carries a module rebuilt for Electron instead.
   */
  nativeBinding?: string;
}

export interface LocationInputs {
  /** The folder of the main bundle (`__dirname` of out/main/index.js). */
  mainDir: string;
  isPackaged: boolean;
  /** `process.resourcesPath`. */
  resourcesPath: string;
  /** `process.versions.electron`. */
  electronVersion: string;
  /** Tells whether a file exists; replaceable in tests. */
  exists(file: string): boolean;
}

/** The app's folders for the current run. */
export function appLocations({ mainDir, isPackaged, resourcesPath, electronVersion, exists }: LocationInputs): AppLocations {
  const repo = path.resolve(mainDir, '..', '..');
  const nativeBinding = path.join(repo, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
  return {
    rendererDir: path.resolve(mainDir, '..', 'renderer'),
    preload: path.resolve(mainDir, '..', 'preload', 'index.cjs'),
    briefingsDir: isPackaged ? path.join(resourcesPath, 'briefings') : path.join(repo, 'resources', 'briefings'),
    ...(!isPackaged && exists(nativeBinding) ? { nativeBinding } : {})
  };
}
