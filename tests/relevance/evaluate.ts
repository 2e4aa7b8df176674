/**
 * The relevance evaluation of issue 4: the queries of queries.json run against our search and
 * against SQLite FTS5 (bm25, unicode61 with diacritics removed) over the same sections of the
 * bundled briefing, in the same run; success@3 and mean reciprocal rank per category.
 *
 * Our hits are blocks; a reader lands in a section, so both engines are judged on the ranked list
 * of distinct sections they lead to.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ftsQuery } from '../../bench/search/fts-query';
import { openLibrary } from '../../src/main/library/open';
import { DEFAULT_LIMITS, type ExpansionLimits } from '../../src/main/library/search/expand';
import { InProcessSearchService } from '../../src/main/library/search/service';
import { familyOf, sameFamily, stemOf } from '../../src/main/library/search/stemming';
import { termsOf } from '../../src/main/library/search/tokenizer';

export interface RelevanceQuery {
  category: string;
  query: string;
  typing?: boolean;
  expected: string[];
}

export interface Score {
  n: number;
  successAt3: number;
  mrr: number;
}

export interface RelevanceReport {
  categories: string[];
  ours: Record<string, Score>;
  fts5: Record<string, Score>;
  /** Per query: the rank (1-based) of the first expected section, or null when not in the top 10. */
  ranks: Array<{ query: RelevanceQuery; ours: number | null; fts5: number | null; oursTop: string[] }>;
}

const ROOT = path.resolve(__dirname, '../..');

export function loadQueries(): { briefing: string; queries: RelevanceQuery[] } {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/relevance/queries.json'), 'utf8')) as { briefing: string; queries: RelevanceQuery[] };
  return { briefing: path.join(ROOT, file.briefing), queries: file.queries };
}

function rankOf(sections: string[], expected: string[]): number | null {
  const at = sections.slice(0, 10).findIndex((s) => expected.includes(s));
  return at < 0 ? null : at + 1;
}

function distinct(titles: Array<string | null>): string[] {
  const out: string[] = [];
  for (const t of titles) if (t !== null && !out.includes(t)) out.push(t);
  return out;
}

function score(ranks: Array<number | null>): Score {
  const n = ranks.length;
  return {
    n,
    successAt3: ranks.filter((r) => r !== null && r <= 3).length / n,
    mrr: ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n
  };
}

/** Runs every query on both engines; `family` picks our word-family tier (see ExpansionLimits). */
export async function evaluateRelevance(family: ExpansionLimits['family'] = 'checked'): Promise<RelevanceReport> {
  const { briefing, queries } = loadQueries();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relevance-'));
  try {
    const services = openLibrary(dataDir);
    const [outcome] = await services.library.importFiles([briefing]);
    if (!outcome || 'error' in outcome)
      throw new Error(`relevance: could not import the bundled briefing: ${outcome && 'error' in outcome ? outcome.error : ''}`);
    const ours = new InProcessSearchService(services.library.db, { limits: { ...DEFAULT_LIMITS, family } });
    const fts = sectionFts(services.library.db);
    const ranks = queries.map((q) => {
      const oursTop = distinct(ours.searchNow({ query: q.query, limit: 100, asYouType: q.typing ?? false }).hits.map((h) => h.sectionTitle));
      return { query: q, ours: rankOf(oursTop, q.expected), fts5: rankOf(fts(q.query), q.expected), oursTop: oursTop.slice(0, 3) };
    });
    services.close();
    const categories = [...new Set(queries.map((q) => q.category))];
    const by = (engine: 'ours' | 'fts5') => {
      const out: Record<string, Score> = {};
      for (const c of [...categories, 'overall']) out[c] = score(ranks.filter((r) => c === 'overall' || r.query.category === c).map((r) => r[engine]));
      return out;
    };
    return { categories, ours: by('ours'), fts5: by('fts5'), ranks };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An FTS5 index over the briefing's sections (title, heading, body), in memory; returns a ranked query. */
function sectionFts(library: Database.Database): (query: string) => string[] {
  const sections = library
    .prepare(
      `SELECT s.title AS heading, br.title AS title, group_concat(b.text, char(10)) AS body
       FROM sections s JOIN briefings br ON br.id = s.briefing_id JOIN blocks b ON b.section_id = s.id
       GROUP BY s.id ORDER BY s.id`
    )
    .all() as Array<{ heading: string; title: string; body: string }>;
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE fts USING fts5(title, heading, body, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO fts (title, heading, body) VALUES (?, ?, ?)');
  for (const s of sections) insert.run(s.title, s.heading, s.body);
  const search = db.prepare('SELECT heading FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 1, 2, 1) LIMIT 10').pluck();
  return (query) => {
    const match = ftsQuery(query);
    return match === '' ? [] : (search.all(match) as string[]);
  };
}

/**
 * Pairs of words of the bundled briefing that Lancaster puts in one family although Porter2 gives
 * them different stems, split by whether the family tier's check (one Porter2 stem extends the
 * other) keeps them.
 */
export function familyMerges(): { lancaster: number; kept: string[]; rejected: string[] } {
  const { briefing } = loadQueries();
  const words = [...new Set(termsOf(fs.readFileSync(briefing, 'utf8')))].filter((t) => t.length >= 3 && !/\d/.test(t));
  const byFamily = new Map<string, string[]>();
  for (const w of words) byFamily.set(familyOf(w), [...(byFamily.get(familyOf(w)) ?? []), w]);
  const kept: string[] = [];
  const rejected: string[] = [];
  for (const group of byFamily.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if (stemOf(a) === stemOf(b)) continue;
        (sameFamily(stemOf(a), stemOf(b)) ? kept : rejected).push(`${a}/${b}`);
      }
    }
  }
  return { lancaster: kept.length + rejected.length, kept, rejected };
}
