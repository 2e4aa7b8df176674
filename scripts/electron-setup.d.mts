// Types of scripts/electron-setup.mjs, for the tests and the Electron end-to-end spec that use it.

export const REPO: string;

export interface ElectronPackage {
  dir: string;
  version: string;
  /** The lowest Node its `engines` field allows, e.g. "22.12.0". */
  requiredNode: string | null;
}

export interface RunResult {
  ok: boolean;
  output: string;
}

export type Run = (command: string, args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }) => RunResult;

export function electronPackage(repo?: string): ElectronPackage;
export function nodeVersionNotice(nodeVersion: string, electron: ElectronPackage): string | null;
export function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
export const runQuiet: Run;
export function installElectron(electronDir: string, run?: Run): RunResult;
export function failureReason(output: string): string;
export function nativeBindingPath(repo: string, electronVersion: string): string;
export function ensureNativeBinding(options: {
  repo?: string;
  target: string;
  runtime?: string;
  arch?: string;
  platform?: string;
  env?: NodeJS.ProcessEnv;
  run?: Run;
  log?: (line: string) => void;
}): { ok: true; path: string } | { ok: false; reason: string };
export function electronViteScript(repo?: string): string;
export const messages: {
  noElectron(reason: string): string;
  noNativeModule(version: string, reason: string): string;
  buildFailed: string;
};
