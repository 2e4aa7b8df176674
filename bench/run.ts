/**
 * `npm run bench`: the quick benchmarks in one go (under two minutes on a 2-core VM) — import
 * and index load of the bundled briefing, a bulk import of 300 generated briefings, annotations, the first citation, the command line's
 * start (on 1,000 generated briefings) and the search engines on 100 generated briefings. Prints a compact summary and refreshes the sections of bench/RESULTS.md it owns
 * (between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`); the rest of that file (the 1,000 and
 * 10,000-briefing search runs, relevance, reader scrolling) comes from the slower benchmarks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotationsBench, annotationsTable } from './annotations';
import { bulkImportBench, bulkImportTable } from './bulk-import';
import { citationBench, citationTable } from './citations';
import { cliStartBench, cliStartTable } from './cli-start';
import { accuracyReport, measureExtractionTime, measureFactAccuracy } from './facts';
import { BUNDLED_BRIEFING, importBench, importTable } from './import';
import { pdfBench, pdfTable } from './pdf';
import { bundledBriefingLoad } from './search/bundled';
import { childBundle, runSize } from './search/run';
import type { Summary } from './search/stats';

const RESULTS = path.resolve(__dirname, 'RESULTS.md');
const IMPORT_RUNS = 30;
const LOAD_RUNS = 15;
const SEARCH_SIZE = 100;
const SEARCH_REPS = 15;
const CITATION_RUNS = 3;
const CLI_RUNS = 10;
const FACT_RUNS = 5;
const BULK_FILES = 300;
const BULK_RUNS = 3;

const progress = (line: string) => process.stderr.write(`${line}\n`);
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3));
const medianP95 = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)}`;

/** The verdict on the bundled briefing's import times against its target: "well under" 100 ms means p95 at most half of it. */
function verdict(times: Summary): string {
  if (times.p95 <= 50) return 'met';
  return times.p95 < 100 ? 'under 100 ms, but not well under' : 'NOT met';
}

function machine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()} (load average ${load} at start)`;
}

/** `markdown` with the text between the markers of section `name` replaced by `lines`. */
function replaceSection(markdown: string, name: string, lines: readonly string[]): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = markdown.indexOf(open);
  const end = markdown.indexOf(close);
  if (start < 0 || end < start) throw new Error(`bench: ${path.relative(process.cwd(), RESULTS)} has no section "${name}" (${open} … ${close})`);
  return `${markdown.slice(0, start + open.length)}\n${lines.join('\n')}\n${markdown.slice(end)}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const date = new Date().toISOString().slice(0, 10);
  const header = [`Measured by \`npm run bench\` on ${date} · ${machine()}.`];
  const summary: Array<[string, string]> = [];

  progress(`import: ${IMPORT_RUNS} imports per file…`);
  const imports = await importBench(IMPORT_RUNS);
  const bundledName = path.basename(BUNDLED_BRIEFING);
  const bundled = imports.find((r) => r.file === bundledName)!;
  progress(`index load: ${LOAD_RUNS} fresh engines…`);
  const load = await bundledBriefingLoad(LOAD_RUNS);
  summary.push(
    ['bundled briefing: parse', medianP95(bundled.parse)],
    ['bundled briefing: import with index update', medianP95(bundled.import)],
    ['bundled briefing: index load in a fresh engine', medianP95(load.loadMs)],
    ['bundled briefing: first query after load', medianP95(load.firstQueryMs)]
  );
  const importSection = [
    `${date} · ${IMPORT_RUNS} imports and ${IMPORT_RUNS * 10} parses per file after 5 warm-up runs; index load and first query over ${LOAD_RUNS} fresh libraries.`,
    '',
    `**Target (the bundled briefing imports in well under 100 ms): ${verdict(bundled.import)} — ${bundledName} imports in ${ms(bundled.import.p50)} ms median, ${ms(bundled.import.p95)} ms p95** (read, decode, hash, parse, write every row, update the search index, one durable commit; the same import without the index update takes ${ms(bundled.importWithoutIndex.p50)} ms). A fresh search engine then loads its index in ${ms(load.loadMs.p50)} ms (p95 ${ms(load.loadMs.p95)}) and answers its first query in ${ms(load.firstQueryMs.p50)} ms (p95 ${ms(load.firstQueryMs.p95)}).`,
    '',
    ...importTable(imports)
  ];

  progress(`bulk import: ${BULK_FILES} generated briefings in one call, ${BULK_RUNS} times…`);
  const bulk = await bulkImportBench(BULK_FILES, BULK_RUNS);
  summary.push([`bulk import of ${BULK_FILES} briefings, s`, `${bulk.seconds.p50.toFixed(2)} (${bulk.rate.toFixed(0)} briefings/s)`]);
  const bulkSection = [
    `${date} · ${BULK_FILES} generated briefings written as plain-text files, imported in one \`importFiles\` call into a fresh library (${BULK_RUNS} runs). Target: at least 100 briefings/s.`,
    '',
    ...bulkImportTable(bulk)
  ];

  progress('annotations: 1,000 annotations on the bundled briefing…');
  const annotations = await annotationsBench();
  for (const row of annotations.rows.filter((r) => r.summary.n > 1).slice(0, 2))
    summary.push([`annotations: ${row.operation.split(' (')[0]}`, medianP95(row.summary)]);
  const annotationsSection = [
    `${date} · bundled briefing: ${annotations.textLength.toLocaleString('en')} UTF-16 units, ${annotations.blocks} blocks · ${annotations.annotations.toLocaleString('en')} annotations of 20–200 units spread over the text.`,
    '',
    ...annotationsTable(annotations)
  ];

  progress(`citations: first APA citation in ${CITATION_RUNS * 2} fresh processes…`);
  const citations = citationBench(CITATION_RUNS);
  summary.push(
    ['first APA citation, cold', medianP95(citations.cold.first)],
    ['first APA citation after prepareCitationStyles()', medianP95(citations.warmed.first)]
  );
  const citationsSection = [
    `${date} · a quoted passage of the bundled briefing, cited in APA (the largest style) in a fresh process.`,
    '',
    ...citationTable(citations, CITATION_RUNS)
  ];

  progress('facts: accuracy against the labelled fixtures, extraction time of the bundled briefing…');
  const accuracy = accuracyReport(await measureFactAccuracy());
  const extraction = await measureExtractionTime(BUNDLED_BRIEFING, FACT_RUNS);
  summary.push(
    ['facts: extraction of the bundled briefing', medianP95(extraction.extraction)],
    ['facts: import with extraction', medianP95(extraction.importWithFacts)]
  );
  const factsSection = [
    `${date} · ${FACT_RUNS} fresh libraries.`,
    '',
    accuracy.split('\n')[0]!,
    '',
    `Extraction of the bundled briefing: ${ms(extraction.extraction.p50)} ms median (p95 ${ms(extraction.extraction.p95)}); the import with it ${ms(extraction.importWithFacts.p50)} ms median. **Extraction adds ${(100 * extraction.added.p50).toFixed(0)} % to the import** (median of the runs' extraction ÷ import without it; the target is at most 30 %).`
  ];

  progress(`command line: ${CLI_RUNS} fresh processes per command…`);
  const cli = cliStartBench(CLI_RUNS, 1000, progress);
  for (const row of cli.rows) summary.push([row.command, medianP95(row.summary)]);
  const cliSection = [
    `${date} · ${CLI_RUNS} runs of each command in a fresh Node process after one warm-up run, wall time from start to exit (the output discarded). Targets: \`--help\` and \`list\` ≤ 150 ms, a cold \`search\` on 1,000 briefings ≤ 300 ms.`,
    '',
    ...cliStartTable(cli)
  ];

  progress(`search: ${SEARCH_SIZE} generated briefings…`);
  const searchLines: string[] = [];
  runSize(childBundle(), SEARCH_SIZE, { sizes: [SEARCH_SIZE], reps: SEARCH_REPS, naive10k: false, ideas: false, counts: false }, (line = '') =>
    searchLines.push(line)
  );
  const searchSection = [
    `${date} · ${SEARCH_REPS} passes over the query set.`,
    '',
    ...searchLines.slice(2).filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
  ];

  progress('pdf: the shared PDFs and a generated 1,000-page one…');
  const pdfs = await pdfBench();
  const largePdf = pdfs.at(-1)!;
  summary.push(['PDF, 1,000 pages: import / peak memory', `${(largePdf.importMs / 1000).toFixed(1)} s / ${largePdf.peakMiB.toFixed(0)} MiB`]);
  const pdfSection = [
    `${date} · after a warm-up parse, one parse (\`parsePdf\`) and one whole import into a fresh library (\`Library.importBytes\`: parse, write, search index, commit) of each file; memory is the process's resident set over the import (limits: 60 s, 1.5 GB). Load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} when the PDF runs ended.`,
    '',
    ...pdfTable(pdfs)
  ];

  let markdown = fs.readFileSync(RESULTS, 'utf8');
  markdown = replaceSection(markdown, 'machine', header);
  markdown = replaceSection(markdown, 'import', importSection);
  markdown = replaceSection(markdown, 'bulk-import', bulkSection);
  markdown = replaceSection(markdown, 'annotations', annotationsSection);
  markdown = replaceSection(markdown, 'citations', citationsSection);
  markdown = replaceSection(markdown, 'cli-start', cliSection);
  markdown = replaceSection(markdown, 'pdf', pdfSection);
  markdown = replaceSection(markdown, 'facts', factsSection);
  markdown = replaceSection(
    markdown,
    'search-100',
    searchSection.filter((line, i, all) => !(i === all.length - 1 && line === ''))
  );
  fs.writeFileSync(RESULTS, markdown);

  const width = Math.max(...summary.map(([name]) => name.length));
  console.log(`\n${header[0]}\n`);
  console.log(`${'measure'.padEnd(width)}  median / p95 ms`);
  for (const [name, value] of summary) console.log(`${name.padEnd(width)}  ${value}`);
  console.log(`\nsearch, ${SEARCH_SIZE} briefings:`);
  for (const line of searchLines.filter((l) => l.startsWith('| ours') || l.startsWith('| SQLite') || l.startsWith('| naive') || l.startsWith('| engine')))
    console.log(line);
  console.log(`\n${path.relative(process.cwd(), RESULTS)} refreshed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// tsx runs the benchmarks as CommonJS, where there is no top-level await.
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
