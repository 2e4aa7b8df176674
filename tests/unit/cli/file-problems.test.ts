/**
 * The CLI names what is wrong with a file the user gave — missing, a symbolic link loop, a path
 * through a file, a directory, unreadable — with the path exactly as typed, on real files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProblem, writeProblem } from '../../../src/main/library/file-problem';
import { runBriefing } from '../../helpers/run-cli';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';

const folder = tempDir('briefing-files-');
const loop = path.join(folder, 'loop.txt');
fs.symlinkSync(loop, loop);
const plainFile = path.join(folder, 'plain.txt');
fs.writeFileSync(plainFile, 'a file, not a folder');
const locked = path.join(folder, 'locked.txt');
fs.copyFileSync(BUNDLED_BRIEFING, locked);
fs.chmodSync(locked, 0o000);

async function importError(file: string): Promise<string> {
  const run = await runBriefing('--data-dir', tempDir(), 'import', file);
  expect(run.code).toBe(1);
  return run.stderr;
}

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('briefing import names the problem with the file, and the path as typed', () => {
  it('says a symbolic link loop is one', async () => {
    expect(await importError(loop)).toBe(`Import: ${JSON.stringify(loop)} is a symbolic link that loops back on itself`);
  });

  it('says a path through a file does not exist, and why', async () => {
    const through = path.join(plainFile, 'inside.txt');
    expect(await importError(through)).toBe(`Import: ${JSON.stringify(through)} does not exist (a part of its path is a file, not a folder)`);
  });

  it('says a folder with nothing it can read holds nothing to import, and lists what it skipped', async () => {
    const empty = tempDir('briefing-empty-');
    expect(await importError(empty)).toBe(`Import: nothing to import in ${JSON.stringify(empty)}: no PDF, text, Markdown or web page files`);
    const images = tempDir('briefing-images-');
    fs.writeFileSync(path.join(images, 'chart.png'), 'not a briefing');
    expect(await importError(images)).toBe(
      `Skipped ${path.join(images, 'chart.png')}: not a format Briefing Reader reads (.png)\nImport: nothing to import in ${JSON.stringify(images)}: no PDF, text, Markdown or web page files`
    );
  });

  it('keeps a relative path as the user typed it', async () => {
    const relative = path.relative(process.cwd(), path.join(folder, 'nope.txt'));
    expect(await importError(relative)).toBe(`Import: ${JSON.stringify(relative)} does not exist`);
  });

  // Root reads a chmod 000 file regardless, so the real-file case can only run as another user; the
  // wording for EACCES and EPERM is checked on the error codes themselves below.
  it.skipIf(process.getuid?.() === 0)('says an unreadable file cannot be read for want of permission', async () => {
    expect(await importError(locked)).toBe(`Import: ${JSON.stringify(locked)} cannot be read (permission denied)`);
  });
});

describe('readProblem and writeProblem', () => {
  it('word each error code the file system gives', () => {
    expect(readProblem(errno('ENOENT'))).toBe('does not exist');
    expect(readProblem(errno('ELOOP'))).toBe('is a symbolic link that loops back on itself');
    expect(readProblem(errno('EACCES'))).toBe('cannot be read (permission denied)');
    expect(readProblem(errno('EPERM'))).toBe('cannot be read (operation not permitted)');
    expect(readProblem(errno('EMFILE'))).toBe('cannot be read (EMFILE)');
    expect(writeProblem(errno('EACCES'))).toBe('cannot be written (permission denied)');
    expect(writeProblem(errno('ENOSPC'))).toBe('cannot be written (the disk is full)');
  });
});

describe('briefing export-notes --out', () => {
  it('names a destination it cannot write, with the path as typed', async () => {
    const dataDir = tempDir();
    expect((await runBriefing('--data-dir', dataDir, 'import', BUNDLED_BRIEFING)).code).toBe(0);
    const out = path.join(plainFile, 'notes.md');
    const run = await runBriefing('--data-dir', dataDir, 'export-notes', '--format', 'md', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`export-notes: ${JSON.stringify(out)} cannot be written (a part of its path is a file, not a folder)`);
  });
});
