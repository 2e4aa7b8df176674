/**
 * Deleting one briefing from a large library, as the app and the CLI do it (`Library.delete` on a
 * library opened with `openLibrary`: the index entries taken out and the rows deleted in one
 * durable transaction). Issue 13's target: at most 200 ms at 10,000 briefings.
 *
 * The generated library of the search benchmark is indexed once and kept under bench/data/
 * (building the 10,000-briefing index takes minutes); each run deletes from a fresh copy of it,
 * briefings spread over the whole library, all in one process — the first delete, which also
 * prepares statements and warms the caches, is reported apart.
 *
 *   npx tsx bench/delete.ts [--size 10000] [--deletes 12]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../src/main/library/open';
import { rebuildIndex } from '../src/main/library/search/rebuild';
import { FORMAT_VERSION } from '../src/main/library/search/schema';
import { openDatabase } from '../src/main/library/store/database';
import { copyContent, engineDir, ensureContent } from './search/library';
import { summarize, type Summary } from './search/stats';

export interface DeleteResult {
  briefings: number;
  firstMs: number;
  /** The deletes after the first. */
  ms: Summary;
  /** Their processor time (user + system): on a shared, loaded machine steadier than the wall time, which also waits for the disk. */
  cpuMs: Summary;
  /** The library file before and after the deletes, in MiB. */
  fileMiB: number;
}

/** The indexed library of `size` briefings, built once per index format. */
function indexedLibrary(size: number, log: (line: string) => void): string {
  const dir = engineDir(size, 'indexed');
  const marker = path.join(dir, `index-v${FORMAT_VERSION}`);
  if (fs.existsSync(marker)) return dir;
  ensureContent(size, log);
  copyContent(size, 'indexed');
  log(`  indexing ${size} briefings…`);
  const db = openDatabase(dir);
  rebuildIndex(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  fs.writeFileSync(marker, '');
  return dir;
}

export function deleteBench(size = 10_000, deletes = 12, log: (line: string) => void = () => undefined): DeleteResult {
  const source = indexedLibrary(size, log);
  const dir = engineDir(size, 'delete');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'library.sqlite');
  fs.copyFileSync(path.join(source, 'library.sqlite'), file);
  // The copy is made durable first: otherwise the first commits wait for the OS to write it out.
  const fd = fs.openSync(file, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  const services = openLibrary(dir);
  try {
    const { library } = services;
    const ids = library.db.prepare('SELECT id FROM briefings ORDER BY id').pluck().all() as string[];
    const cpuTimes: number[] = [];
    const times = Array.from({ length: deletes }, (_, i) => {
      const id = ids[Math.floor(((i + 0.5) * ids.length) / deletes)]!;
      const started = performance.now();
      const cpu = process.cpuUsage();
      library.delete(id);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      return performance.now() - started;
    });
    const fileMiB = fs.statSync(file).size / 2 ** 20;
    return { briefings: ids.length, firstMs: times[0]!, ms: summarize(times.slice(1)), cpuMs: summarize(cpuTimes.slice(1)), fileMiB };
  } finally {
    services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function deleteTable(result: DeleteResult): string[] {
  const ms = (n: number) => n.toFixed(0);
  return [
    '| briefings | library file MiB | first delete in the process ms | later deletes p50 ms | p95 ms | their processor time p50 ms | deletes |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${result.briefings.toLocaleString('en')} | ${result.fileMiB.toFixed(0)} | ${ms(result.firstMs)} | ${ms(result.ms.p50)} | ${ms(result.ms.p95)} | ${ms(result.cpuMs.p50)} | ${result.ms.n + 1} |`
  ];
}

function main(args: string[]): void {
  const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
  const result = deleteBench(option('--size', 10_000), option('--deletes', 12), (line) => console.error(line));
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`
  );
  for (const line of deleteTable(result)) console.log(line);
}

if (require.main === module) main(process.argv.slice(2));
