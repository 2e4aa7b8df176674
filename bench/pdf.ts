/**
 * PDF import: time per file and per page for the shared publications (tests/fixtures/pdf), and a
 * generated 1,000-page PDF with its peak resident memory. `tsx bench/pdf.ts [--no-large]`;
 * `npm run bench` runs it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePdf } from '../src/main/library/import/pdf/parser';
import { makePdf } from '../tests/helpers/make-pdf';

const FIXTURES = path.resolve(__dirname, '../tests/fixtures/pdf');

export interface PdfRow {
  file: string;
  pages: number;
  ms: number;
  msPerPage: number;
  peakMiB: number;
}

async function measure(file: string, bytes: Uint8Array): Promise<PdfRow> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const parsed = await parsePdf(bytes, file);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const pages = parsed.metadata.pages ?? 1;
  return { file, pages, ms, msPerPage: ms / pages, peakMiB: peak / 2 ** 20 };
}

/** One parse of each shared PDF (after a warm-up parse that loads pdf.js), then the 1,000-page one. */
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
  return [
    '| file | pages | parse | per page | peak resident memory |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.file} | ${r.pages} | ${(r.ms / 1000).toFixed(2)} s | ${r.msPerPage.toFixed(0)} ms | ${r.peakMiB.toFixed(0)} MiB |`)
  ];
}

if (require.main === module) {
  void pdfBench(!process.argv.includes('--no-large')).then((rows) => {
    for (const line of pdfTable(rows)) console.log(line);
  });
}
