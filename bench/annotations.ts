/**
 * Benchmarks for annotations: anchoring, re-anchoring a whole briefing after a new edition, and
 * the cost of a durable write (one transaction with synchronous = FULL). Runs on the bundled
 * briefing; writes nothing outside a temporary folder.
 *
 *   npx tsx bench/annotations.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { anchor, prepareText } from '../src/main/library/annotations/anchoring/anchor';
import { describe as describeRange, trimRange } from '../src/main/library/annotations/anchoring/selectors';
import { AnnotationService } from '../src/main/library/annotations/service';
import { openLibrary } from '../src/main/library/open';

const BRIEFING = path.join(__dirname, '../resources/briefings/andean-drug-trafficking.txt');
const ANNOTATIONS = 1000;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(name: string, samples: number[]): void {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`${name.padEnd(58)} n=${String(samples.length).padStart(4)}  mean ${mean.toFixed(3)} ms  p50 ${percentile(samples, 50).toFixed(3)}  p95 ${percentile(samples, 95).toFixed(3)}  max ${Math.max(...samples).toFixed(3)}`);
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-annotations-'));
try {
  const { library, close } = openLibrary(dir);
  const [outcome] = library.importFiles([BRIEFING]);
  const id = (outcome as { id: string }).id;
  const doc = library.get(id);
  const text = doc.blocks.map((b) => b.text).join('\n\n');
  console.log(`Document text: ${text.length} UTF-16 units, ${doc.blocks.length} blocks; ${ANNOTATIONS} annotations of 20–200 units`);

  // Spread annotations over the text, deterministic.
  const ranges: Array<{ start: number; end: number }> = [];
  for (let i = 0; ranges.length < ANNOTATIONS; i++) {
    const start = Math.floor(((i * 7919) % 1000) / 1000 * (text.length - 250));
    const r = trimRange(text, start, start + 20 + ((i * 31) % 180));
    if (r) ranges.push(r);
  }
  const annotations = new AnnotationService(library);
  const writes = ranges.map((r) => time(() => annotations.create({ briefingId: id, ...r, note: 'bench', tags: ['bench'] }))[1]);
  report('create (one committed transaction, synchronous = FULL)', writes);
  const listed = ranges.slice(0, 50).map(() => time(() => annotations.list({ text: 'bench cocaine' }))[1]);
  report(`list, whole library with text search, ${ANNOTATIONS} annotations`, listed.slice(0, 50));

  const selectors = ranges.map((r) => describeRange(text, r.start, r.end));
  const prepared = prepareText(text);
  report('anchor, unchanged text (position confirmed)', selectors.map((s) => time(() => anchor(prepared, s))[1]));
  const shifted = prepareText(`A new first paragraph for the second edition.\n\n${text}`);
  report('anchor, paragraph inserted before (exact quote search)', selectors.map((s) => time(() => anchor(shifted, s))[1]));
  const reworded = prepareText(text.replace(/ the /g, ' a '));
  report('anchor, "the" → "a" everywhere (approximate search)', selectors.map((s) => time(() => anchor(reworded, s))[1]));
  const gone = prepareText(text.slice(0, Math.floor(text.length / 2)));
  report('anchor, second half deleted (orphans included)', selectors.map((s) => time(() => anchor(gone, s))[1]));

  const original = fs.readFileSync(BRIEFING, 'utf8');
  const edited = original
    .replace('Cocaine production recently doubled', 'Cocaine production has doubled')
    .replace(/^Two of the three/m, 'A paragraph added in the second edition.\n\nTwo of the three');
  const [result, ms] = time(() => library.updateFromBytes(id, Buffer.from(edited), 'second.txt'));
  report(`updateFromBytes: new edition, ${ANNOTATIONS} annotations re-anchored`, [ms]);
  console.log(`  re-anchored: ${JSON.stringify(result.reanchored)}`);
  close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
