/**
 * The relevance evaluation: the queries of queries.json run library-wide — over the bundled
 * briefing and the four sample briefings, imported together — against our search and against
 * SQLite FTS5 over the same sections, in the same run; success@3 and mean reciprocal rank per
 * category. FTS5 runs in two configurations: as a plain baseline (unicode61, every word a prefix)
 * and in its best one (Porter stemming, prefix indexes, typos expanded through `fts5vocab`; see
 * bench/search/fts-best.ts).
 *
 * Our hits are blocks; a reader lands in a section of a briefing, so the engines are judged on the
 * ranked list of distinct (briefing, section) pairs they lead to: the right section of another
 * briefing is a miss.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bestFtsQuery, bestFtsSchema, fillWordsTwin } from '../../bench/search/fts-best';
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
  /** Key of the briefing the answer is in (see `briefings` in queries.json); the bundled one by default. */
  briefing?: string;
  /** Titles of the sections of that briefing that answer the query (any counts). */
  expected: string[];
}

export interface Score {
  n: number;
  successAt3: number;
  mrr: number;
}

export const ENGINES = ['ours', 'fts5', 'fts5best'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface RelevanceReport {
  categories: string[];
  ours: Record<string, Score>;
  /** FTS5 as a plain baseline: unicode61, every word a prefix. */
  fts5: Record<string, Score>;
  /** FTS5 in its best configuration: Porter stems, prefix indexes, typos through fts5vocab. */
  fts5best: Record<string, Score>;
  /** Per query: the rank (1-based) of the first expected section, or null when not in the top 10. */
  ranks: Array<{ query: RelevanceQuery; ours: number | null; fts5: number | null; fts5best: number | null; oursTop: string[] }>;
}

const ROOT = path.resolve(__dirname, '../..');
const DEFAULT_BRIEFING = 'andes';

export function loadQueries(): { briefings: Record<string, string>; queries: RelevanceQuery[] } {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/relevance/queries.json'), 'utf8')) as {
    briefings: Record<string, string>;
    queries: RelevanceQuery[];
  };
  const briefings = Object.fromEntries(Object.entries(file.briefings).map(([key, file]) => [key, path.join(ROOT, file)]));
  return { briefings, queries: file.queries };
}

/** A hit's place as the reader lands: briefing key and section title. */
const place = (briefing: string, section: string | null) => `${briefing}\u0000${section ?? ''}`;

function rankOf(places: string[], query: RelevanceQuery): number | null {
  const briefing = query.briefing ?? DEFAULT_BRIEFING;
  const expected = new Set(query.expected.map((section) => place(briefing, section)));
  const at = places.slice(0, 10).findIndex((p) => expected.has(p));
  return at < 0 ? null : at + 1;
}

function distinct(places: string[]): string[] {
  return [...new Set(places)];
}

function score(ranks: Array<number | null>): Score {
  const n = ranks.length;
  return {
    n,
    successAt3: ranks.filter((r) => r !== null && r <= 3).length / n,
    mrr: ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n
  };
}

/** Runs every query on every engine; `family` picks our word-family tier (see ExpansionLimits). */
export async function evaluateRelevance(family: ExpansionLimits['family'] = 'checked'): Promise<RelevanceReport> {
  const { briefings, queries } = loadQueries();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relevance-'));
  try {
    const services = openLibrary(dataDir);
    const keys = Object.keys(briefings);
    const outcomes = await services.library.importFiles(keys.map((key) => briefings[key]!));
    const keyOf = new Map<string, string>();
    outcomes.forEach((outcome, i) => {
      if ('error' in outcome) throw new Error(`relevance: could not import ${keys[i]}: ${outcome.error}`);
      keyOf.set(outcome.id, keys[i]!);
    });
    const ours = new InProcessSearchService(services.library.db, { limits: { ...DEFAULT_LIMITS, family } });
    const plain = sectionFts(services.library.db, keyOf, 'plain');
    const best = sectionFts(services.library.db, keyOf, 'best');
    const ranks = queries.map((q) => {
      const oursTop = distinct(
        ours.searchNow({ query: q.query, limit: 100, asYouType: q.typing ?? false }).hits.map((h) => place(keyOf.get(h.briefingId)!, h.sectionTitle))
      );
      return {
        query: q,
        ours: rankOf(oursTop, q),
        fts5: rankOf(plain(q), q),
        fts5best: rankOf(best(q), q),
        oursTop: oursTop.slice(0, 3).map((p) => p.replace('\u0000', ': '))
      };
    });
    services.close();
    const categories = [...new Set(queries.map((q) => q.category))];
    const by = (engine: EngineName) => {
      const out: Record<string, Score> = {};
      for (const c of [...categories, 'overall']) out[c] = score(ranks.filter((r) => c === 'overall' || r.query.category === c).map((r) => r[engine]));
      return out;
    };
    return { categories, ours: by('ours'), fts5: by('fts5'), fts5best: by('fts5best'), ranks };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * An FTS5 index over the library's sections (briefing title, heading, body), in memory; returns a
 * ranked query giving the places (briefing key, section title) of its best sections.
 */
function sectionFts(library: Database.Database, keyOf: Map<string, string>, config: 'plain' | 'best'): (query: RelevanceQuery) => string[] {
  const sections = library
    .prepare(
      `SELECT br.id AS briefing, s.title AS heading, br.title AS title, group_concat(b.text, char(10)) AS body
       FROM sections s JOIN briefings br ON br.id = s.briefing_id JOIN blocks b ON b.section_id = s.id
       GROUP BY s.id ORDER BY s.id`
    )
    .all() as Array<{ briefing: string; heading: string; title: string; body: string }>;
  const db = new Database(':memory:');
  if (config === 'best') db.exec(bestFtsSchema('fts', ['title', 'heading', 'body'], ['place']));
  else db.exec("CREATE VIRTUAL TABLE fts USING fts5(title, heading, body, place UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO fts (title, heading, body, place) VALUES (?, ?, ?, ?)');
  for (const s of sections) insert.run(s.title, s.heading, s.body, place(keyOf.get(s.briefing)!, s.heading));
  if (config === 'best') fillWordsTwin(db, 'fts', ['title', 'heading', 'body']);
  const search = db.prepare('SELECT place FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 1, 2, 1) LIMIT 30').pluck();
  const toMatch = config === 'best' ? bestFtsQuery(db, 'fts') : (q: RelevanceQuery) => ftsQuery(q.query);
  return (query) => {
    const match = toMatch(query);
    return match === '' ? [] : distinct(search.all(match) as string[]);
  };
}

/**
 * Pairs of words of the bundled briefing that Lancaster puts in one family although Porter2 gives
 * them different stems, split by whether the family tier's check (one Porter2 stem extends the
 * other) keeps them.
 */
export function familyMerges(): { lancaster: number; kept: string[]; rejected: string[] } {
  const { briefings } = loadQueries();
  const words = [...new Set(termsOf(fs.readFileSync(briefings[DEFAULT_BRIEFING]!, 'utf8')))].filter((t) => t.length >= 3 && !/\d/.test(t));
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
