/**
 * `npm run relevance`: success@3 and MRR per query category for our search and for SQLite FTS5 (a
 * plain baseline and its best configuration) on the same sections of a library of five briefings
 * (tests/relevance/queries.json), as a Markdown table, followed by the queries an engine missed.
 */
import { evaluateRelevance, familyMerges } from '../tests/relevance/evaluate';

async function main(): Promise<void> {
  const report = await evaluateRelevance();
  const f = (n: number) => n.toFixed(2);
  const out: string[] = [];
  out.push(`## Relevance — five briefings, ${report.ranks.length} queries (${new Date().toISOString().slice(0, 10)})`, '');
  out.push(
    '| category | queries | ours success@3 | ours MRR | FTS5 best success@3 | FTS5 best MRR | FTS5 plain success@3 | FTS5 plain MRR |',
    '|---|---:|---:|---:|---:|---:|---:|---:|'
  );
  for (const c of [...report.categories, 'overall']) {
    const [o, b, t] = [report.ours[c]!, report.fts5best[c]!, report.fts5[c]!];
    out.push(
      `| ${c === 'overall' ? '**overall**' : c} | ${o.n} | ${f(o.successAt3)} | ${f(o.mrr)} | ${f(b.successAt3)} | ${f(b.mrr)} | ${f(t.successAt3)} | ${f(t.mrr)} |`
    );
  }
  const missed = (rank: number | null) => rank === null || rank > 3;
  const misses = report.ranks.filter((r) => missed(r.ours) || missed(r.fts5best) || missed(r.fts5));
  if (misses.length > 0) {
    out.push('', 'Queries not answered in the top 3 by one of the engines (rank of the expected section; – = not in the top 10):', '');
    for (const r of misses) {
      out.push(
        `- ${r.query.category}: \`${r.query.query}\` → ours ${r.ours ?? '–'} (top: ${r.oursTop.join(' · ')}), FTS5 best ${r.fts5best ?? '–'}, plain ${r.fts5 ?? '–'}`
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  const worse = report.categories.filter((c) => report.ours[c]!.successAt3 < report.fts5best[c]!.successAt3 || report.ours[c]!.mrr < report.fts5best[c]!.mrr);
  if (worse.length > 0) process.stdout.write(`\nOurs is behind FTS5's best configuration on: ${worse.join(', ')}\n`);

  // The word-family tier: what Lancaster's merges add, with and without the Porter2 check.
  out.length = 0;
  out.push(
    '',
    '### Word-family tier (Lancaster) on the same queries',
    '',
    '| family tier | success@3 | MRR | inflected form success@3 | inflected form MRR |',
    '|---|---:|---:|---:|---:|'
  );
  for (const family of ['checked', 'lancaster', 'off'] as const) {
    const r = family === 'checked' ? report : await evaluateRelevance(family);
    out.push(
      `| ${family} | ${f(r.ours.overall!.successAt3)} | ${f(r.ours.overall!.mrr)} | ${f(r.ours['inflected form']!.successAt3)} | ${f(r.ours['inflected form']!.mrr)} |`
    );
  }
  const merges = familyMerges();
  out.push(
    '',
    `In the bundled briefing's vocabulary Lancaster puts ${merges.lancaster} pairs of words with different Porter2 stems in one family; the Porter2 check keeps ${merges.kept.length} of them (${merges.kept.slice(0, 12).join(', ')}) and rejects ${merges.rejected.length} (${merges.rejected.slice(0, 12).join(', ')}).`
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

// tsx runs the benchmarks as CommonJS, where there is no top-level await.
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
