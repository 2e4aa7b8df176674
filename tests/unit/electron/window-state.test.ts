import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, restorableBounds, saveWindowState, type WindowState } from '../../../src/main/electron/window-state';
import { tempDir } from '../../helpers/temp-library';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const externalMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const onExternal: WindowState = { x: 1600, y: 100, width: 1400, height: 1000, maximized: false, fullScreen: false };

describe('restorableBounds', () => {
  it('puts the window back where it was when that display is still there', () => {
    expect(restorableBounds(onExternal, [laptop, externalMonitor])).toEqual({ x: 1600, y: 100, width: 1400, height: 1000 });
  });

  it('opens at the default place when the display the window was on has been unplugged', () => {
    expect(restorableBounds(onExternal, [laptop])).toBeNull();
  });

  it('opens at the default place when only a sliver of the title bar would be on screen', () => {
    expect(restorableBounds({ ...onExternal, x: 100 - 1500, y: 100, width: 1500 }, [laptop])).toBeNull();
    expect(restorableBounds({ ...onExternal, x: 100, y: -300, height: 900 }, [laptop])).toBeNull();
  });

  it('shrinks a window larger than the display it is restored on', () => {
    expect(restorableBounds({ ...onExternal, x: 0, y: 25, width: 2400, height: 1300 }, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('opens at the default place when nothing was saved', () => {
    expect(restorableBounds(null, [laptop])).toBeNull();
  });
});

describe('saveWindowState and loadWindowState', () => {
  it('remember the place between runs', () => {
    const file = path.join(tempDir(), 'window-state.json');
    saveWindowState(file, { ...onExternal, maximized: true });
    expect(loadWindowState(file)).toEqual({ ...onExternal, maximized: true });
  });

  it('ignore a missing, corrupt or tampered file instead of failing to start', () => {
    const dir = tempDir();
    expect(loadWindowState(path.join(dir, 'none.json'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'corrupt.json'), '{"x": 1, "y"');
    expect(loadWindowState(path.join(dir, 'corrupt.json'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify({ x: 0, y: 0, width: 1e9, height: -5 }));
    expect(loadWindowState(path.join(dir, 'tampered.json'))).toBeNull();
  });
});
