// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary with
// @electron/fuses, before signing, so an installed Briefing Reader cannot be turned into a plain
// Node.js (RunAsNode, NODE_OPTIONS, --inspect), loads its code only from its own archive, checks
// that archive's integrity, and encrypts its cookies. `npx @electron/fuses read --app <binary>`
// shows them on a release machine.
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads its hooks with require() */
'use strict';
const path = require('node:path');

/** The fuses and the state each is set to; the keys are @electron/fuses' FuseV1Options names. */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false
});

/** The Electron binary electron-builder packed, for each platform. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
  const settings = { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' };
  for (const [name, enabled] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`electron-fuses: @electron/fuses has no fuse named ${name}`);
    settings[FuseV1Options[name]] = enabled;
  }
  await flipFuses(electronBinaryPath(context), settings);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
