import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../src/main/electron/web-preferences';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences({ preload: '/app/out/preload/index.cjs', isDev: false, platform: 'darwin' });

  it('isolates and sandboxes the page, with no Node anywhere in it', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false
    });
  });

  it('keeps web security on, insecure content off and webviews out', () => {
    expect(preferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
  });

  it('never switches on experimental or Blink features', () => {
    expect(preferences).not.toHaveProperty('experimentalFeatures');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('offers the developer tools in development only', () => {
    expect(preferences.devTools).toBe(false);
    expect(secureWebPreferences({ preload: 'p', isDev: true, platform: 'darwin' }).devTools).toBe(true);
  });

  it('leaves spell checking off on Linux, where Chromium would download dictionaries', () => {
    expect(secureWebPreferences({ preload: 'p', isDev: false, platform: 'linux' }).spellcheck).toBe(false);
    expect(preferences.spellcheck).toBe(true);
  });
});
