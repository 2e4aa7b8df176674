/**
 * Benchmarks for annotations: anchoring, re-anchoring a whole briefing after a new edition, and
 * the cost of a durable write (one transaction with synchronous = FULL). Runs on the bundled
 * briefing; writes nothing outside a temporary folder.
 *
 *   npx tsx bench/annotations.ts      (bench/run.ts runs it as part of `npm run bench`)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { anchor, prepareText } from '../src/main/library/annotations/anchoring/anchor';
import { describe as describeRange, trimRange } from '../src/main/library/annotations/anchoring/selectors';
import { AnnotationService } from '../src/main/library/annotations/service';
import { openLibrary } from '../src/main/library/open';
import { BUNDLED_BRIEFING } from './import';
import { summarize, type Summary } from './search/stats';

const ANNOTATIONS = 1000;

export interface AnnotationsResult {
  textLength: number;
  blocks: number;
  annotations: number;
  rows: Array<{ operation: string; mean: number; summary: Summary }>;
  reanchored: unknown;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

/** Creates 1,000 annotations on the bundled briefing, then times listing, anchoring and a new edition. */
export async function annotationsBench(): Promise<AnnotationsResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-annotations-'));
  const { library, close } = openLibrary(dir);
  try {
    const rows: AnnotationsResult['rows'] = [];
    const report = (operation: string, samples: number[]) =>
      rows.push({ operation, mean: samples.reduce((a, b) => a + b, 0) / samples.length, summary: summarize(samples) });
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    const doc = library.get(id);
    const text = doc.blocks.map((b) => b.text).join('\n\n');

    // Spread annotations over the text, deterministic.
    const ranges: Array<{ start: number; end: number }> = [];
    for (let i = 0; ranges.length < ANNOTATIONS; i++) {
      const start = Math.floor((((i * 7919) % 1000) / 1000) * (text.length - 250));
      const r = trimRange(text, start, start + 20 + ((i * 31) % 180));
      if (r) ranges.push(r);
    }
    const annotations = new AnnotationService(library);
    report(
      'create (one committed transaction, WAL, synchronous = FULL)',
      ranges.map((r) => time(() => annotations.create({ briefingId: id, ...r, note: 'bench', tags: ['bench'] }))[1])
    );
    report(
      `list the whole library with a text search (${ANNOTATIONS.toLocaleString('en')} annotations)`,
      ranges.slice(0, 50).map(() => time(() => annotations.list({ text: 'bench cocaine' }))[1])
    );

    const selectors = ranges.map((r) => describeRange(text, r.start, r.end));
    const prepared = prepareText(text);
    report(
      'anchor, unchanged text (stored position confirmed)',
      selectors.map((s) => time(() => anchor(prepared, s))[1])
    );
    const shifted = prepareText(`A new first paragraph for the second edition.\n\n${text}`);
    report(
      'anchor, a paragraph inserted before (exact quote search)',
      selectors.map((s) => time(() => anchor(shifted, s))[1])
    );
    const reworded = prepareText(text.replace(/ the /g, ' a '));
    report(
      'anchor, "the" → "a" everywhere (approximate search for most)',
      selectors.map((s) => time(() => anchor(reworded, s))[1])
    );
    const gone = prepareText(text.slice(0, Math.floor(text.length / 2)));
    report(
      'anchor, second half of the text deleted (half become orphans)',
      selectors.map((s) => time(() => anchor(gone, s))[1])
    );

    const original = fs.readFileSync(BUNDLED_BRIEFING, 'utf8');
    const edited = original
      .replace('Cocaine production recently doubled', 'Cocaine production has doubled')
      .replace(/^Two of the three/m, 'A paragraph added in the second edition.\n\nTwo of the three');
    const started = performance.now();
    const result = await library.updateFromBytes(id, Buffer.from(edited), 'second.txt');
    const ms = performance.now() - started;
    report(
      `\`updateFromBytes\`: new edition (a paragraph inserted, a sentence reworded), ${ANNOTATIONS.toLocaleString('en')} annotations re-anchored, one transaction`,
      [ms]
    );
    return { textLength: text.length, blocks: doc.blocks.length, annotations: ANNOTATIONS, rows, reanchored: result.reanchored };
  } finally {
    close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as a Markdown table (one-off measurements show only their time). */
export function annotationsTable(result: AnnotationsResult): string[] {
  const ms = (n: number) => `${n < 1 ? n.toFixed(3) : n.toFixed(1)} ms`;
  return [
    '| operation | mean | p50 | p95 |',
    '|---|---:|---:|---:|',
    ...result.rows.map((r) =>
      r.summary.n === 1 ? `| ${r.operation} | ${ms(r.mean)} | | |` : `| ${r.operation} | ${ms(r.mean)} | ${ms(r.summary.p50)} | ${ms(r.summary.p95)} |`
    )
  ];
}

if (require.main === module) {
  void annotationsBench().then((result) => {
    console.log(`Document text: ${result.textLength} UTF-16 units, ${result.blocks} blocks; ${result.annotations} annotations of 20–200 units\n`);
    for (const line of annotationsTable(result)) console.log(line);
    console.log(`\nre-anchored: ${JSON.stringify(result.reanchored)}`);
  });
}
