import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLocations } from '../../../src/main/electron/locations';

const repo = path.resolve('/home/analyst/briefing-reader');
const mainDir = path.join(repo, 'out', 'main');

describe('appLocations', () => {
  it('finds the renderer, preload, briefings and the Electron build of SQLite in the repository', () => {
    const nativeBinding = path.join(repo, '.cache', 'electron-native', '45.5.0', 'better_sqlite3.node');
    const locations = appLocations({
      mainDir,
      isPackaged: false,
      resourcesPath: '/unused',
      electronVersion: '45.5.0',
      exists: (file) => file === nativeBinding
    });
    expect(locations).toEqual({
      rendererDir: path.join(repo, 'out', 'renderer'),
      preload: path.join(repo, 'out', 'preload', 'index.cjs'),
      briefingsDir: path.join(repo, 'resources', 'briefings'),
      nativeBinding
    });
  });

  it('uses the npm build of SQLite when no Electron build has been made', () => {
    const locations = appLocations({ mainDir, isPackaged: false, resourcesPath: '/unused', electronVersion: '45.5.0', exists: () => false });
    expect(locations).not.toHaveProperty('nativeBinding');
  });

  it('takes the briefings from the resources folder of a packaged app and never a cached native module', () => {
    const packagedMain = path.resolve('/Applications/Briefing Reader.app/Contents/Resources/app.asar/out/main');
    const resources = path.resolve('/Applications/Briefing Reader.app/Contents/Resources');
    const locations = appLocations({ mainDir: packagedMain, isPackaged: true, resourcesPath: resources, electronVersion: '45.5.0', exists: () => true });
    expect(locations.briefingsDir).toBe(path.join(resources, 'briefings'));
    expect(locations).not.toHaveProperty('nativeBinding');
  });
});
