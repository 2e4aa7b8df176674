import { describe, expect, it } from 'vitest';
import { evaluateRelevance } from '../../relevance/evaluate';

describe('search relevance on the bundled briefing (tests/relevance/queries.json)', async () => {
  const report = await evaluateRelevance();

  it('has at least 30 queries covering every category issue 4 names', () => {
    expect(report.ranks.length).toBeGreaterThanOrEqual(30);
    expect(report.categories).toEqual(
      expect.arrayContaining(['exact', 'several terms', 'phrase', 'misspelling', 'missing accent', 'inflected form', 'prefix'])
    );
  });

  it('lands in the expected section within the first three for at least 95 % of the queries', () => {
    const misses = report.ranks.filter((r) => r.ours === null || r.ours > 3).map((r) => `${r.query.query} → ${r.oursTop.join(' · ')}`);
    expect(report.ours.overall!.successAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('is at least as good as SQLite FTS5 on every category, and better overall', () => {
    for (const category of report.categories) {
      expect(report.ours[category]!.successAt3, category).toBeGreaterThanOrEqual(report.fts5[category]!.successAt3);
      expect(report.ours[category]!.mrr, category).toBeGreaterThanOrEqual(report.fts5[category]!.mrr);
    }
    expect(report.ours.overall!.mrr).toBeGreaterThan(report.fts5.overall!.mrr);
  });
});
