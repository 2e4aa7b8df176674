/**
 * Facts benchmark: how well extraction matches the hand-labelled statistics of
 * tests/fixtures/facts/ (recall: labelled facts found with value, unit and period right;
 * precision: extracted facts that are real statistics), and how long extraction takes beside the
 * import it runs in.
 *
 *   npm run facts:accuracy        (accuracy only)       npx tsx bench/facts.ts --time
 *
 * The unit test tests/unit/facts/accuracy.test.ts asserts the same figures; `npm run bench` prints them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFacts } from '../src/main/library/facts/service';
import { writeBriefingFacts } from '../src/main/library/facts/store';
import { openLibrary } from '../src/main/library/open';
import type { FactInContext } from '../src/shared/contract/facts';
import { summarize, type Summary } from './search/stats';

const REPO = path.resolve(__dirname, '..');
const FIXTURES = path.join(REPO, 'tests/fixtures/facts');

interface Label {
  near: string;
  figure: string;
  value: number;
  valueTo: number | null;
  unit: string | null;
  scale: string | null;
  period: { from: number; to: number } | null;
}

export interface FileAccuracy {
  file: string;
  labelled: number;
  found: number;
  right: number;
  extracted: number;
  real: number;
  /** Labels missed or got wrong, and extracted facts that are not statistics, for tuning. */
  misses: string[];
  spurious: string[];
}

export interface Accuracy {
  files: FileAccuracy[];
  /** Share of labelled facts extracted with value, unit and period right. */
  recall: number;
  /** Share of extracted facts that are labelled statistics. */
  precision: number;
}

const samePeriod = (a: Label['period'], b: FactInContext['period']) => (a === null ? b === null : b !== null && a.from === b.from && a.to === b.to);

function describe(f: Pick<FactInContext, 'value' | 'valueTo' | 'unit' | 'scale' | 'period'>): string {
  return `${f.value}${f.valueTo !== null ? `–${f.valueTo}` : ''} ${f.scale ?? ''} ${f.unit ?? '(count)'} ${f.period ? `${f.period.from}-${f.period.to}` : 'undated'}`;
}

/** Imports each labelled file into a fresh library and compares its facts with the labels. */
export async function measureFactAccuracy(): Promise<Accuracy> {
  const files: FileAccuracy[] = [];
  for (const name of fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { file: string; facts: Label[] };
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-accuracy-'));
    const services = openLibrary(dataDir);
    try {
      const [outcome] = await services.library.importFiles([path.join(REPO, fixture.file)]);
      if (!outcome || !('id' in outcome)) throw new Error(`Facts accuracy: ${fixture.file} did not import`);
      const doc = services.library.get(outcome.id);
      const text = doc.blocks.map((b) => b.text).join('\n\n');
      const facts = listFacts(services.library, { briefingId: outcome.id });
      const spans = fixture.facts.map((label) => {
        const at = text.indexOf(label.near);
        if (at === -1 || text.indexOf(label.near, at + 1) !== -1) throw new Error(`Facts accuracy: "${label.near}" is not found once in ${fixture.file}`);
        const start = at + label.near.indexOf(label.figure);
        return { label, start, end: start + label.figure.length };
      });
      const overlaps = (f: FactInContext, s: { start: number; end: number }) => f.start < s.end && s.start < f.end;
      const result: FileAccuracy = {
        file: fixture.file,
        labelled: spans.length,
        found: 0,
        right: 0,
        extracted: facts.length,
        real: 0,
        misses: [],
        spurious: []
      };
      for (const span of spans) {
        const fact = facts.find((f) => overlaps(f, span));
        if (fact) result.found++;
        const { label } = span;
        const right =
          fact &&
          fact.value === label.value &&
          fact.valueTo === label.valueTo &&
          fact.unit === label.unit &&
          fact.scale === label.scale &&
          samePeriod(label.period, fact.period);
        if (right) result.right++;
        else
          result.misses.push(
            `${label.figure} — want ${describe({ ...label, scale: label.scale as FactInContext['scale'] })}, got ${fact ? describe(fact) : 'nothing'}`
          );
      }
      for (const fact of facts) {
        if (spans.some((s) => overlaps(fact, s))) result.real++;
        else result.spurious.push(`${text.slice(fact.start, fact.end)} (${fact.text.slice(0, 80)})`);
      }
      files.push(result);
    } finally {
      services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const sum = (key: 'labelled' | 'right' | 'extracted' | 'real') => files.reduce((n, f) => n + f[key], 0);
  return { files, recall: sum('right') / sum('labelled'), precision: sum('real') / Math.max(1, sum('extracted')) };
}

/**
 * Extraction time of the bundled briefing beside its whole import, over `runs` fresh libraries;
 * `added` is, run by run, what extraction adds to the import without it (extraction ÷ (import −
 * extraction)), the figure the issue bounds at 30 %.
 */
export async function measureExtractionTime(file: string, runs: number): Promise<{ extraction: Summary; importWithFacts: Summary; added: Summary }> {
  const extraction: number[] = [];
  const imports: number[] = [];
  const added: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-time-'));
    const services = openLibrary(dataDir);
    try {
      let t = performance.now();
      const [outcome] = await services.library.importFiles([file]);
      imports.push(performance.now() - t);
      if (!outcome || !('id' in outcome)) throw new Error(`Facts timing: ${file} did not import`);
      const id = outcome.id;
      t = performance.now();
      services.library.db.transaction(() => writeBriefingFacts(services.library.db, id))();
      extraction.push(performance.now() - t);
      added.push(extraction.at(-1)! / (imports.at(-1)! - extraction.at(-1)!));
    } finally {
      services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { extraction: summarize(extraction), importWithFacts: summarize(imports), added: summarize(added) };
}

export function accuracyReport(accuracy: Accuracy, verbose = false): string {
  const lines = [
    `Facts: ${(accuracy.recall * 100).toFixed(1)} % of labelled facts extracted with value, unit and period right; ${(accuracy.precision * 100).toFixed(1)} % of extracted facts are real statistics.`
  ];
  for (const f of accuracy.files) {
    lines.push(`  ${path.basename(f.file)}: ${f.right}/${f.labelled} right (${f.found} found), ${f.real}/${f.extracted} extracted are statistics`);
    if (verbose) for (const line of [...f.misses.map((m) => `    miss: ${m}`), ...f.spurious.map((s) => `    not a statistic: ${s}`)]) lines.push(line);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  process.stdout.write(`${accuracyReport(await measureFactAccuracy(), process.argv.includes('--verbose'))}\n`);
  if (process.argv.includes('--time')) {
    const { extraction, importWithFacts, added } = await measureExtractionTime(path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt'), 10);
    process.stdout.write(
      `Extraction of the bundled briefing: median ${extraction.p50.toFixed(1)} ms (p95 ${extraction.p95.toFixed(1)}); whole import with it: median ${importWithFacts.p50.toFixed(1)} ms; extraction adds ${(100 * added.p50).toFixed(0)} % to the import (median of runs)\n`
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
