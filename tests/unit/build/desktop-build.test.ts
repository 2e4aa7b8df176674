/**
 * The installers' configuration (electron-builder.yml) and the fuses flipped after packing
 * (scripts/electron-fuses.cjs), read as electron-builder and the hook read them. The Electron
 * binary cannot be downloaded here, so packaging itself runs on a release machine.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import YAML from 'yaml';
import { DEEP_LINK_SCHEME } from '../../../src/main/electron/deep-link';
import { REPO } from '../../helpers/temp-library';

const config = YAML.parse(fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8'));
const packageJson = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const hook = createRequire(import.meta.url)(path.join(REPO, 'scripts/electron-fuses.cjs')) as {
  FUSES: Record<string, boolean>;
  electronBinaryPath(context: unknown): string;
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own configuration schema", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(packageJson.scripts.dist).toBe('npm run build && electron-builder');
  });

  it('names the app as the data folder does, and packs only the build and the bundled briefing', () => {
    expect(config.productName).toBe('Briefing Reader');
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(config.extraResources).toEqual([{ from: 'resources/briefings', to: 'briefings' }]);
    expect(fs.readdirSync(path.join(REPO, 'resources/briefings')).some((f) => f.endsWith('.txt'))).toBe(true);
    expect(config.asar).toBe(true);
  });

  it('uses the app icon on every system, as real PNG files', () => {
    const png = (file: string) => fs.readFileSync(path.join(REPO, file)).subarray(1, 4).toString();
    expect(png(config.win.icon)).toBe('PNG');
    expect(png(config.mac.icon)).toBe('PNG');
    // A 1024 px source, which electron-builder turns into .ico and .icns, and the sizes Linux wants.
    expect(fs.readFileSync(path.join(REPO, 'resources/icon.png')).readUInt32BE(16)).toBe(1024);
    const linuxIcons = fs.readdirSync(path.join(REPO, config.linux.icon));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(linuxIcons).toContain(`${size}x${size}.png`);
  });

  it('registers the briefing-reader:// links the app opens', () => {
    expect(config.protocols).toEqual([expect.objectContaining({ schemes: [DEEP_LINK_SCHEME] })]);
  });

  it('associates every format we import: .txt, .md, .html/.htm and .pdf', () => {
    const extensions = config.fileAssociations.flatMap((a: { ext: string | string[] }) => (Array.isArray(a.ext) ? a.ext : [a.ext]));
    expect(extensions.sort()).toEqual(['htm', 'html', 'md', 'pdf', 'txt']);
    for (const association of config.fileAssociations) expect(association.role).toBe('Viewer');
  });

  it('flips the fuses after packing, before signing', () => {
    expect(config.afterPack).toBe('scripts/electron-fuses.cjs');
    expect(fs.existsSync(path.join(REPO, config.afterPack))).toBe(true);
  });
});

describe('the fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspector, and turn on cookie encryption, ASAR integrity and ASAR-only loading', () => {
    expect(hook.FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false
    });
  });

  it('are each a fuse @electron/fuses knows', async () => {
    const { FuseV1Options } = await import('@electron/fuses');
    for (const name of Object.keys(hook.FUSES)) expect(FuseV1Options, name).toHaveProperty(name);
  });

  it('are flipped in the binary electron-builder packed on each system', () => {
    const context = (platform: string) => ({
      appOutDir: '/build/out',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'Briefing Reader' }, executableName: 'briefing-reader' }
    });
    expect(hook.electronBinaryPath(context('linux'))).toBe('/build/out/briefing-reader');
    expect(hook.electronBinaryPath(context('win32'))).toBe('/build/out/Briefing Reader.exe');
    expect(hook.electronBinaryPath(context('darwin'))).toBe('/build/out/Briefing Reader.app');
  });
});
