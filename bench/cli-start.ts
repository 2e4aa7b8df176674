/**
 * How long the `briefing` command takes from a fresh process to its exit, as a user running it
 * from a shell waits: `--help`, `list` and a cold `search` (a new process, the index loaded from
 * the file) on a library of 1,000 generated briefings — and bare `node -e 0` beside them, the
 * floor no command can go below.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyContent, engineDir, ensureContent } from './search/library';
import { summarize, type Summary } from './search/stats';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/briefing.mjs');

export interface CliStartResult {
  briefings: number;
  rows: Array<{ command: string; summary: Summary }>;
}

function timeRuns(args: string[], runs: number): Summary {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    // The first run warms the file cache and is not counted.
    if (i > 0) times.push(performance.now() - started);
  }
  return summarize(times);
}

/** Builds the CLI, prepares a 1,000-briefing library with its index, and times each command `runs` times. */
export function cliStartBench(runs: number, size = 1000, log: (line: string) => void = () => undefined): CliStartResult {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  ensureContent(size, log);
  const marker = path.join(engineDir(size, 'cli'), 'indexed');
  const dataDir = engineDir(size, 'cli');
  if (!fs.existsSync(marker)) {
    copyContent(size, 'cli');
    log(`  building the index of ${size} briefings through the CLI…`);
    execFileSync(process.execPath, [BIN, '--data-dir', dataDir, 'search', 'warm'], { stdio: 'ignore' });
    fs.writeFileSync(marker, '');
  }
  const cli = (...args: string[]) => [BIN, '--data-dir', dataDir, ...args];
  return {
    briefings: size,
    rows: [
      { command: 'node -e 0 (the floor)', summary: timeRuns(['-e', '0'], runs) },
      { command: 'briefing --help', summary: timeRuns([BIN, '--help'], runs) },
      { command: `briefing list (${size} briefings)`, summary: timeRuns(cli('list', '--json'), runs) },
      { command: `briefing search "cocaine seizures" (${size} briefings, cold)`, summary: timeRuns(cli('search', 'cocaine seizures', '--json'), runs) }
    ]
  };
}

export function cliStartTable(result: CliStartResult): string[] {
  const ms = (n: number) => n.toFixed(0);
  return [
    '| command | median ms | p95 ms |',
    '|---|---:|---:|',
    ...result.rows.map((r) => `| \`${r.command}\` | ${ms(r.summary.p50)} | ${ms(r.summary.p95)} |`)
  ];
}
