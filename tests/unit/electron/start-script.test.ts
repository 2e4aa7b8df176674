import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronPackage,
  ensureNativeBinding,
  failureReason,
  findElectronBinary,
  nativeBindingPath,
  nodeVersionNotice,
  type Run
} from '../../../scripts/electron-setup.mjs';
import { REPO, tempDir } from '../../helpers/temp-library';

const electron = { dir: '/unused', version: '45.5.0', requiredNode: '22.12.0' };

describe('nodeVersionNotice', () => {
  it('says in one line that npm start wants Node 22.12+ when this Node is older', () => {
    expect(nodeVersionNotice('v20.20.2', electron)).toBe(
      'npm start: Electron 45.5.0 needs Node 22.12.0 or later to install (this is Node 20.20.2): ' +
        'use Node 22.12+ for `npm start` on a laptop; the tests and `npm run web` work on Node 20.'
    );
    expect(nodeVersionNotice('22.11.9', electron)).not.toBeNull();
  });

  it('says nothing on a recent enough Node', () => {
    expect(nodeVersionNotice('22.12.0', electron)).toBeNull();
    expect(nodeVersionNotice('24.1.0', electron)).toBeNull();
  });

  it("reads the requirement from the installed electron package's engines field", () => {
    expect(electronPackage()).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), requiredNode: '22.12.0' });
  });
});

describe('failureReason', () => {
  it("boils Electron's installer failure down to its message", () => {
    const output = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///app/node_modules/@electron/get/dist/FetchDownloader.js:46:30)'
    ].join('\n');
    expect(failureReason(output)).toBe('fetch failed');
  });

  it("finds the error in node-gyp's and prebuild-install's chatter", () => {
    const gyp = [
      'gyp info it worked if it ends with ok',
      'gyp http GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
      'gyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org',
      'gyp ERR! stack     at GetAddrInfoReqWrap.onlookup',
      'gyp ERR! not ok'
    ].join('\n');
    expect(failureReason(gyp)).toBe('getaddrinfo ENOTFOUND electronjs.org');
    expect(failureReason('prebuild-install warn install No prebuilt binaries found (target=45.5.0 runtime=electron)')).toBe(
      'No prebuilt binaries found (target=45.5.0 runtime=electron)'
    );
  });
});

describe('findElectronBinary', () => {
  function electronDir(withBinary: boolean): string {
    const dir = tempDir('electron-pkg-');
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(dir, 'dist'));
    if (withBinary) fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    return dir;
  }

  it('finds the binary the installer put in dist/', () => {
    const dir = electronDir(true);
    expect(findElectronBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('reports a missing binary, a half-finished install and an override pointing nowhere', () => {
    expect(findElectronBinary(tempDir(), {})).toBeNull();
    expect(findElectronBinary(electronDir(false), {})).toBeNull();
    expect(findElectronBinary(electronDir(true), { ELECTRON_OVERRIDE_DIST_PATH: tempDir() })).toBeNull();
  });
});

describe('ensureNativeBinding', () => {
  // A project folder that shares this repository's node_modules, so better-sqlite3 resolves as in
  // the real project while the Electron build lands in the temporary folder's .cache.
  function project(): { repo: string; nodeGyp: string } {
    const repo = tempDir('native-');
    fs.copyFileSync(path.join(REPO, 'package.json'), path.join(repo, 'package.json'));
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
    const nodeGyp = path.join(repo, 'node-gyp.js');
    fs.writeFileSync(nodeGyp, '');
    return { repo, nodeGyp };
  }
  const nodeBuild = path.join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

  /** A stand-in for the two tools: `outcome` says which of them "succeeds" by writing the module. */
  function tools(outcome: 'prebuilt' | 'compiled' | 'neither', nodeGyp: string) {
    const calls: string[] = [];
    const envs: Array<NodeJS.ProcessEnv | undefined> = [];
    const run: Run = (_command, args, options) => {
      const tool = args[0] === nodeGyp ? 'node-gyp' : 'prebuild-install';
      calls.push(`${tool} ${args.slice(1).join(' ')}`);
      envs.push(options?.env);
      const succeeds = (tool === 'prebuild-install' && outcome === 'prebuilt') || (tool === 'node-gyp' && outcome === 'compiled');
      if (!succeeds)
        return {
          ok: false,
          output:
            tool === 'node-gyp' ? 'gyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org' : 'prebuild-install warn install No prebuilt binaries found'
        };
      fs.mkdirSync(path.join(options!.cwd!, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(path.join(options!.cwd!, 'build', 'Release', 'better_sqlite3.node'), `built by ${tool}`);
      return { ok: true, output: '' };
    };
    return { run, calls, envs };
  }

  it("fetches Electron's prebuilt module into .cache and leaves the Node build in node_modules alone", () => {
    const { repo, nodeGyp } = project();
    const before = fs.readFileSync(nodeBuild);
    const { run, calls } = tools('prebuilt', nodeGyp);
    const result = ensureNativeBinding({ repo, target: '45.5.0', arch: 'x64', platform: 'linux', env: { npm_config_node_gyp: nodeGyp }, run });
    expect(result).toEqual({ ok: true, path: nativeBindingPath(repo, '45.5.0') });
    expect(fs.readFileSync(nativeBindingPath(repo, '45.5.0'), 'utf8')).toBe('built by prebuild-install');
    expect(calls).toEqual(['prebuild-install --runtime=electron --target=45.5.0 --arch=x64 --platform=linux']);
    expect(fs.readFileSync(nodeBuild).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(nativeBindingPath(repo, '45.5.0'))).sort()).toEqual(['better_sqlite3.node', 'better_sqlite3.node.version']);
  });

  it("compiles against Electron's headers when there is no prebuilt module", () => {
    const { repo, nodeGyp } = project();
    const { run, calls, envs } = tools('compiled', nodeGyp);
    // An npm `nodedir` (Node's own headers, as on the development machine) must not reach node-gyp.
    const env = { npm_config_node_gyp: nodeGyp, npm_config_nodedir: '/usr' };
    const result = ensureNativeBinding({ repo, target: '45.5.0', arch: 'arm64', platform: 'darwin', env, run });
    expect(result.ok).toBe(true);
    expect(calls[1]).toBe('node-gyp rebuild --release --runtime=electron --target=45.5.0 --arch=arm64 --dist-url=https://electronjs.org/headers');
    expect(envs[1]).toEqual({ npm_config_node_gyp: nodeGyp });
  });

  it('says why in one line when neither works, and leaves no half-built files', () => {
    const { repo, nodeGyp } = project();
    const { run } = tools('neither', nodeGyp);
    expect(ensureNativeBinding({ repo, target: '45.5.0', env: { npm_config_node_gyp: nodeGyp }, run })).toEqual({
      ok: false,
      reason: 'getaddrinfo ENOTFOUND electronjs.org'
    });
    expect(fs.readdirSync(path.dirname(nativeBindingPath(repo, '45.5.0')))).toEqual([]);
  });

  it('does nothing when the module is already there for this better-sqlite3', () => {
    const { repo, nodeGyp } = project();
    const { run, calls } = tools('prebuilt', nodeGyp);
    ensureNativeBinding({ repo, target: '45.5.0', env: { npm_config_node_gyp: nodeGyp }, run });
    expect(ensureNativeBinding({ repo, target: '45.5.0', env: { npm_config_node_gyp: nodeGyp }, run }).ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('rebuilds the module after better-sqlite3 has been upgraded', () => {
    const { repo, nodeGyp } = project();
    fs.mkdirSync(path.dirname(nativeBindingPath(repo, '45.5.0')), { recursive: true });
    fs.writeFileSync(nativeBindingPath(repo, '45.5.0'), 'built for an older better-sqlite3');
    fs.writeFileSync(`${nativeBindingPath(repo, '45.5.0')}.version`, '11.0.0');
    const { run } = tools('prebuilt', nodeGyp);
    expect(ensureNativeBinding({ repo, target: '45.5.0', env: { npm_config_node_gyp: nodeGyp }, run }).ok).toBe(true);
    expect(fs.readFileSync(nativeBindingPath(repo, '45.5.0'), 'utf8')).toBe('built by prebuild-install');
  });
});

describe('npm start where the Electron binary cannot be downloaded', () => {
  it('prints one line pointing to npm run web and exits non-zero, without a stack trace', () => {
    // The real script and the real installer. The download goes to a closed local port with an
    // empty cache and no installed binary, so it fails here as on any machine without internet.
    const result = spawnSync(process.execPath, [path.join(REPO, 'scripts/start.mjs')], {
      cwd: REPO,
      encoding: 'utf8',
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: tempDir('no-electron-'),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: tempDir('electron-cache-')
      }
    });
    const lines = `${result.stdout}${result.stderr}`.trim().split('\n');
    expect(result.status).toBe(1);
    expect(lines).toEqual([
      'npm start: the Electron binary could not be downloaded (fetch failed), so the desktop app cannot start on this machine — ' +
        'run `npm run web` to use Briefing Reader in your browser instead.'
    ]);
  });
});
