/**
 * Bulk import: the generated briefings of the search benchmark written out as plain-text files
 * (title, then headings and paragraphs separated by blank lines, as the EPRS text parser reads
 * them) and imported in one `Library.importFiles` call into a fresh library opened as the app and
 * the CLI open it — read, decode, hash, parse, write every row, update the search index, one
 * durable commit. Issue 13's target: at least 100 briefings/s for 300 briefings.
 *
 *   npx tsx bench/bulk-import.ts [--files 300] [--runs 3]   (bench/run.ts runs it too)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedBriefing } from '../src/main/library/model';
import { openLibrary } from '../src/main/library/open';
import { buildVocabulary, generateBriefing } from './search/corpus';
import { summarize, type Summary } from './search/stats';

export interface BulkImportResult {
  files: number;
  megabytes: number;
  seconds: Summary;
  /** Processor time the import took (user + system, all threads of the process): on a shared, loaded machine a steadier figure than the wall time. */
  cpuSeconds: Summary;
  /** Briefings per second at the median time. */
  rate: number;
}

/** The plain text of a generated briefing: its title, and each section's heading and paragraphs. */
function briefingText(parsed: ParsedBriefing): string {
  const parts = [parsed.metadata.title];
  parsed.sections.forEach((section, index) => {
    if (index > 0) parts.push(section.title);
    for (const block of parsed.blocks) if (block.section === index) parts.push(block.text);
  });
  return `${parts.join('\n\n')}\n`;
}

/** Writes `count` generated briefings to a new folder; returns their paths. */
function writeBriefings(count: number): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bulk-files-'));
  const vocab = buildVocabulary();
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `briefing-${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(file, briefingText(generateBriefing(vocab, i)));
    return file;
  });
}

/** Imports `count` generated briefings in one call into a fresh library, `runs` times. */
export async function bulkImportBench(count = 300, runs = 3): Promise<BulkImportResult> {
  const files = writeBriefings(count);
  const megabytes = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 2 ** 20;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bulk-library-'));
      const services = openLibrary(dir);
      try {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outcomes = await services.library.importFiles(files);
        times.push((performance.now() - started) / 1000);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1e6);
        const failed = outcomes.filter((o) => 'error' in o);
        if (failed.length > 0) throw new Error(`bench: ${failed.length} of ${count} imports failed, the first: ${JSON.stringify(failed[0])}`);
      } finally {
        services.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    fs.rmSync(path.dirname(files[0]!), { recursive: true, force: true });
  }
  const seconds = summarize(times);
  return { files: count, megabytes, seconds, cpuSeconds: summarize(cpuTimes), rate: count / seconds.p50 };
}

export function bulkImportTable(result: BulkImportResult): string[] {
  return [
    '| files | text MiB | one `importFiles` call, median s | slowest s | processor time, median s | briefings/s (median) |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${result.files} | ${result.megabytes.toFixed(1)} | ${result.seconds.p50.toFixed(2)} | ${result.seconds.max.toFixed(2)} | ${result.cpuSeconds.p50.toFixed(2)} | ${result.rate.toFixed(0)} |`
  ];
}

async function main(args: string[]): Promise<void> {
  const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
  const result = await bulkImportBench(option('--files', 300), option('--runs', 3));
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`
  );
  for (const line of bulkImportTable(result)) console.log(line);
}

if (require.main === module) void main(process.argv.slice(2));
