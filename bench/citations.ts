/**
 * First-citation latency: how long the first "Copy with citation" (APA, a quoted passage of the
 * bundled briefing) takes in a fresh process — cold, and after `prepareCitationStyles()` has run
 * as the app runs it when idle after start-up. Each measurement runs in its own process, because
 * the CSL processors, once built, stay for the life of the process.
 *
 *   npx tsx bench/citations.ts [--runs 3]      (bench/run.ts runs it as part of `npm run bench`)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cite } from '../src/main/library/cite/service';
import { prepareCitationStyles } from '../src/main/library/cite/styles';
import { openLibrary } from '../src/main/library/open';
import { BUNDLED_BRIEFING } from './import';
import { summarize, type Summary } from './search/stats';

const QUOTE = 'Homicides in Ecuador rose 407 % between 2016 and 2022.';

interface Sample {
  /** Building the processors of all four styles (only when warmed). */
  prepareMs: number;
  firstCitationMs: number;
  secondCitationMs: number;
}

/** One measurement, in this process: `warm` prepares the styles before the first citation. */
async function measure(warm: boolean): Promise<Sample> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cite-'));
  const { library, close } = openLibrary(dir);
  try {
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    let t = performance.now();
    if (warm) prepareCitationStyles('apa');
    const prepareMs = performance.now() - t;
    t = performance.now();
    cite(library, { briefingId: id, quote: QUOTE, style: 'apa' });
    const firstCitationMs = performance.now() - t;
    t = performance.now();
    cite(library, { briefingId: id, quote: QUOTE, style: 'apa' });
    return { prepareMs, firstCitationMs, secondCitationMs: performance.now() - t };
  } finally {
    close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface CitationLatency {
  cold: { first: Summary; second: Summary };
  warmed: { prepare: Summary; first: Summary };
}

/** `runs` fresh processes cold and `runs` warmed. */
export function citationBench(runs: number): CitationLatency {
  const inChild = (mode: 'cold' | 'warm') =>
    Array.from({ length: runs }, () => {
      // The same runtime flags (tsx's loader) and this file, in a new process.
      const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--measure', mode], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').pop()!) as Sample;
    });
  const cold = inChild('cold');
  const warm = inChild('warm');
  return {
    cold: { first: summarize(cold.map((s) => s.firstCitationMs)), second: summarize(cold.map((s) => s.secondCitationMs)) },
    warmed: { prepare: summarize(warm.map((s) => s.prepareMs)), first: summarize(warm.map((s) => s.firstCitationMs)) }
  };
}

/** The result as a Markdown table (medians of the runs). */
export function citationTable(result: CitationLatency, runs: number): string[] {
  const ms = (s: Summary) => `${s.p50 >= 100 ? s.p50.toFixed(0) : s.p50.toFixed(1)} ms`;
  return [
    `| first APA citation in a fresh process (median of ${runs}) | time |`,
    '|---|---:|',
    `| cold (before: the processor is built by the first citation) | ${ms(result.cold.first)} |`,
    `| after \`prepareCitationStyles()\` (after: as the app does when idle after start-up) | ${ms(result.warmed.first)} |`,
    `| \`prepareCitationStyles()\` itself, all four styles, off the user's path | ${ms(result.warmed.prepare)} |`,
    `| a second citation, cold process | ${ms(result.cold.second)} |`
  ];
}

const args = process.argv.slice(2);
if (require.main === module) {
  const mode = args[args.indexOf('--measure') + 1];
  if (args.includes('--measure')) void measure(mode === 'warm').then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
  else {
    const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
    for (const line of citationTable(citationBench(runs), runs)) console.log(line);
  }
}
