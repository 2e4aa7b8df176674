/**
 * PDF import: for the shared publications (tests/fixtures/pdf) and a generated 1,000-page PDF, the
 * time to parse (pdf.js text, reading order, headings, notes: `parsePdf`) and to import as a whole
 * (parse, hash, write every row and the original file, update the search index, one durable
 * commit: `Library.importBytes` into a fresh library), per file and per page, with the process's
 * peak resident memory over each import. `tsx bench/pdf.ts [--no-large]`; `npm run bench` runs it too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePdf } from '../src/main/library/import/pdf/parser';
import { openLibrary } from '../src/main/library/open';
import { makePdf } from '../tests/helpers/make-pdf';

const FIXTURES = path.resolve(__dirname, '../tests/fixtures/pdf');

export interface PdfRow {
  file: string;
  pages: number;
  parseMs: number;
  importMs: number;
  importMsPerPage: number;
  /** Resident memory when the import started, and the most it reached (sampled every 50 ms). */
  startMiB: number;
  peakMiB: number;
}

/** Runs `work`, sampling the process's resident memory; the time it took and the peak. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; startMiB: number; peakMiB: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, startMiB: start / 2 ** 20, peakMiB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

async function measure(file: string, bytes: Uint8Array): Promise<PdfRow> {
  const parse = await measured(() => parsePdf(bytes, file));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-pdf-'));
  const services = openLibrary(dataDir);
  try {
    const imported = await measured(() => services.library.importBytes(bytes, file));
    if ('error' in imported.value) throw new Error(`bench: ${imported.value.error}`);
    const pages = parse.value.metadata.pages ?? 1;
    return {
      file,
      pages,
      parseMs: parse.ms,
      importMs: imported.ms,
      importMsPerPage: imported.ms / pages,
      startMiB: imported.startMiB,
      peakMiB: imported.peakMiB
    };
  } finally {
    services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Each shared PDF (after a warm-up parse that loads pdf.js), then the 1,000-page one. */
export async function pdfBench(large = true): Promise<PdfRow[]> {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf'));
  await parsePdf(new Uint8Array(fs.readFileSync(path.join(FIXTURES, files[0]!))), files[0]!);
  const rows: PdfRow[] = [];
  for (const file of files) rows.push(await measure(file, new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)))));
  if (large) {
    const pages = Array.from({ length: 1000 }, (_, p) =>
      Array.from({ length: 40 }, (_, l) => `Line ${l + 1} of page ${p + 1}: a sentence of ordinary running text for the measure.`)
    );
    rows.push(await measure('generated, 1,000 pages', makePdf({ pages })));
  }
  return rows;
}

export function pdfTable(rows: readonly PdfRow[]): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    '| file | pages | parse | import (parse, write, index) | import per page | resident memory: start → peak |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.pages} | ${s(r.parseMs)} | ${s(r.importMs)} | ${r.importMsPerPage.toFixed(0)} ms | ${r.startMiB.toFixed(0)} → ${r.peakMiB.toFixed(0)} MiB |`
    )
  ];
}

if (require.main === module) {
  void pdfBench(!process.argv.includes('--no-large')).then((rows) => {
    for (const line of pdfTable(rows)) console.log(line);
  });
}
