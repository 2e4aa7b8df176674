import { describe, expect, it } from 'vitest';
import { evaluateRelevance } from '../../relevance/evaluate';

describe('search relevance over a library of five briefings (tests/relevance/queries.json)', async () => {
  const report = await evaluateRelevance();

  it('has at least 80 queries, with a class for library-wide queries and one for typos', () => {
    expect(report.ranks.length).toBeGreaterThanOrEqual(80);
    expect(report.categories).toEqual(
      expect.arrayContaining(['exact', 'several terms', 'phrase', 'misspelling', 'missing accent', 'inflected form', 'prefix', 'library-wide', 'typo'])
    );
    expect(new Set(report.ranks.map((r) => r.query.briefing ?? 'andes')).size).toBe(5);
  });

  it('lands in the right briefing and section within the first three for at least 97 % of the queries of every class', () => {
    const misses = report.ranks.filter((r) => r.ours === null || r.ours > 3).map((r) => `${r.query.query} → ${r.oursTop.join(' · ')}`);
    for (const category of [...report.categories, 'overall']) {
      expect(report.ours[category]!.successAt3, `${category}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('is at least as good as SQLite FTS5 in its best configuration on every class, and better overall', () => {
    for (const category of report.categories) {
      expect(report.ours[category]!.successAt3, category).toBeGreaterThanOrEqual(report.fts5best[category]!.successAt3);
    }
    expect(report.ours.overall!.successAt3).toBeGreaterThan(report.fts5best.overall!.successAt3);
    expect(report.ours.overall!.mrr).toBeGreaterThan(report.fts5best.overall!.mrr);
  });
});
