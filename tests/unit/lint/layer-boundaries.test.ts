/**
 * The layer table of docs/DESIGN.md, enforced: each forbidden import is fed through ESLint with the
 * project's own config, as if written in a file of that folder, and must be rejected by
 * `no-restricted-imports`; the imports the table allows must pass.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The `no-restricted-imports` messages for `source` imported from a new file at `file`. */
async function restrictions(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { probe } from '${source}';\nexport const used = probe;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: Array<[from: string, source: string]> = [
  ['src/main/library/probe.ts', '../api/handlers'],
  ['src/main/library/search/probe.ts', '../../web/server'],
  ['src/main/library/probe.ts', '../transport/static-files'],
  ['src/main/library/probe.ts', 'electron'],
  ['src/main/api/probe.ts', '../web/server'],
  ['src/main/api/probe.ts', '../electron/window'],
  ['src/main/api/probe.ts', '../cli/main'],
  ['src/main/cli/probe.ts', '../web/server'],
  ['src/main/cli/probe.ts', '../api/handlers'],
  ['src/main/cli/probe.ts', '../electron/window'],
  ['src/main/web/probe.ts', '../electron/app-protocol'],
  ['src/main/web/probe.ts', '../cli/main'],
  ['src/main/web/probe.ts', 'electron'],
  ['src/main/electron/probe.ts', '../web/server'],
  ['src/main/electron/probe.ts', '../cli/main'],
  ['src/main/transport/probe.ts', '../web/server'],
  ['src/main/transport/probe.ts', '../library/library'],
  ['src/preload/probe.ts', '../main/api/dispatch'],
  ['src/preload/probe.ts', '../main/electron/ipc'],
  ['src/preload/probe.ts', '../renderer/src/app/App'],
  ['src/renderer/src/app/probe.ts', '../../../main/library/library'],
  ['src/renderer/src/app/probe.ts', '../../../preload/bridge'],
  ['src/renderer/src/app/probe.ts', 'node:fs'],
  ['src/renderer/src/app/probe.ts', 'electron'],
  ['src/shared/probe.ts', 'node:fs'],
  ['src/shared/probe.ts', 'path'],
  ['src/shared/probe.ts', '../main/library/library'],
  ['src/shared/probe.ts', '../renderer/src/app/App'],
  ['src/shared/probe.ts', 'electron']
];

const ALLOWED: Array<[from: string, source: string]> = [
  ['src/main/library/probe.ts', '../../shared/text'],
  ['src/main/library/probe.ts', 'node:fs'],
  ['src/main/api/probe.ts', '../library/library'],
  ['src/main/cli/probe.ts', '../library/open'],
  ['src/main/web/probe.ts', '../api/dispatch'],
  ['src/main/web/probe.ts', '../transport/static-files'],
  ['src/main/electron/probe.ts', '../transport/security-headers'],
  ['src/main/electron/probe.ts', '../api/dispatch'],
  ['src/main/electron/probe.ts', 'electron'],
  ['src/preload/probe.ts', '../shared/ipc-channels'],
  ['src/preload/probe.ts', 'electron'],
  ['src/renderer/src/app/probe.ts', '../../../shared/contract'],
  ['src/shared/probe.ts', 'zod']
];

describe('the layer boundaries in eslint.config.mjs', () => {
  it.each(FORBIDDEN)('rejects %s importing %s', async (from, source) => {
    expect(await restrictions(from, source)).not.toEqual([]);
  });

  it.each(ALLOWED)('accepts %s importing %s', async (from, source) => {
    expect(await restrictions(from, source)).toEqual([]);
  });

  it('keeps raw ipcRenderer inside the preload wrapper', async () => {
    const [outside] = await eslint.lintText("import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n", { filePath: 'src/preload/probe.ts' });
    const [wrapper] = await eslint.lintText("import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n", { filePath: 'src/preload/index.ts' });
    expect(outside?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    expect(wrapper?.messages.map((m) => m.ruleId)).not.toContain('no-restricted-imports');
  });
});
