import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/electron/app-origin';
import { isDownloadAllowed, isNavigationAllowed, isPermissionAllowed, isTrustedSender } from '../../../src/main/electron/security-policy';

describe('isPermissionAllowed', () => {
  it('lets the app page write to the clipboard, for copy with citation', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ENTRY_URL, APP_ORIGIN)).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'usb', 'hid', 'serial', 'midiSysex', 'unknown'])(
    'denies %s even to the app page',
    (permission) => {
      expect(isPermissionAllowed(permission, APP_ENTRY_URL, APP_ORIGIN)).toBe(false);
    }
  );

  it('denies the clipboard to any other page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP_ORIGIN)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false);
  });
});

describe('isNavigationAllowed', () => {
  it('allows a reload of the app', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL, APP_ORIGIN)).toBe(true);
  });

  it.each(['https://www.europarl.europa.eu/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)', 'app://other/'])('stops navigation to %s', (url) => {
    expect(isNavigationAllowed(url, APP_ORIGIN)).toBe(false);
  });
});

describe('isDownloadAllowed', () => {
  it('lets the app page save a file it made (exported notes, a reference)', () => {
    expect(isDownloadAllowed(`blob:${APP_ORIGIN}/0b6f2d1e-3c4a-4f7e-9d2b-5a1c8e7f6d3b`, APP_ORIGIN)).toBe(true);
  });

  it.each([
    'https://evil.example/payload.exe',
    `${APP_ORIGIN}/index.html`,
    'blob:https://evil.example/0b6f2d1e',
    'data:text/plain,hello',
    'file:///etc/passwd',
    'blob:null/0b6f'
  ])('refuses to download %s', (url) => {
    expect(isDownloadAllowed(url, APP_ORIGIN)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it("trusts the top frame of the app's page", () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null }, APP_ORIGIN)).toBe(true);
  });

  it('refuses a frame on another origin, a subframe and a frame that has gone', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
  });
});
