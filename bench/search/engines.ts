/**
 * The engines of the search benchmark behind one small interface, each over its own copy of the
 * same generated library: ours (src/main/library/search), SQLite FTS5 plain (bm25, unicode61 with
 * diacritics removed, external content over the same blocks, every word a prefix), SQLite FTS5 in
 * its best configuration (fts-best.ts: Porter stemming, `prefix='2 3'`, typos expanded through
 * `fts5vocab` as ours are) and naive MiniSearch (default index options, `loadJSON` at start,
 * queried as in the research: prefix, fuzzy 0.2, AND, heading ×2).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { openDatabase } from '../../src/main/library/store/database';
import { InProcessSearchService } from '../../src/main/library/search/service';
import { bestFtsQuery, bestFtsSchema } from './fts-best';
import { ftsQuery } from './fts-query';
import type { BenchQuery } from './queries';

export interface BenchEngine {
  name: string;
  /** Runs a query for the top 10 with snippets (the timed call). */
  query(q: BenchQuery): void;
  /** How many units match (untimed: FTS5 needs a second statement for it). */
  count(q: BenchQuery): number;
  close(): void;
}

export const FTS_SOURCE_SQL = `
  CREATE VIEW IF NOT EXISTS fts_source AS
    SELECT b.id AS id, br.title AS title, s.title AS heading, b.text AS text
    FROM blocks b JOIN briefings br ON br.id = b.briefing_id LEFT JOIN sections s ON s.id = b.section_id;
  CREATE VIRTUAL TABLE IF NOT EXISTS blocks_fts USING fts5(title, heading, text,
    content = 'fts_source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');`;

export function openOurs(
  dir: string,
  options: ConstructorParameters<typeof InProcessSearchService>[1] = {}
): BenchEngine & { service: InProcessSearchService } {
  const db = openDatabase(dir);
  const service = new InProcessSearchService(db, options);
  return {
    name: 'ours',
    service,
    query: (q) => void service.searchNow({ query: q.text, limit: 10, asYouType: q.typing ?? false }),
    count: (q) => service.searchNow({ query: q.text, limit: 10, asYouType: q.typing ?? false }).total,
    close: () => db.close()
  };
}

export function openFts(dir: string): BenchEngine {
  const db = new Database(path.join(dir, 'library.sqlite'), { readonly: true });
  const top = db.prepare(
    `SELECT rowid, snippet(blocks_fts, 2, '**', '**', '…', 12) AS snippet FROM blocks_fts WHERE blocks_fts MATCH ?
     ORDER BY bm25(blocks_fts, 1.5, 3, 1) LIMIT 10`
  );
  const count = db.prepare('SELECT COUNT(*) FROM blocks_fts WHERE blocks_fts MATCH ?').pluck();
  return {
    name: 'FTS5',
    query: (q) => {
      const match = ftsQuery(q.text);
      if (match !== '') top.all(match);
    },
    count: (q) => {
      const match = ftsQuery(q.text);
      return match === '' ? 0 : (count.get(match) as number);
    },
    close: () => db.close()
  };
}

const FTS_BEST_COLUMNS = ['title', 'heading', 'text'];

/** Creates and fills FTS5's best configuration (`blocks_best` and its twin of words as written) over the library's blocks. */
export function buildFtsBestTables(db: Database.Database): void {
  db.exec(bestFtsSchema('blocks_best', FTS_BEST_COLUMNS));
  db.transaction(() =>
    db.exec(`INSERT INTO blocks_best (rowid, title, heading, text)
      SELECT b.id, br.title, s.title, b.text FROM blocks b JOIN briefings br ON br.id = b.briefing_id LEFT JOIN sections s ON s.id = b.section_id`)
  )();
  db.transaction(() =>
    db.exec(`INSERT INTO blocks_best_words (rowid, ${FTS_BEST_COLUMNS.join(', ')}) SELECT rowid, ${FTS_BEST_COLUMNS.join(', ')} FROM blocks_best`)
  )();
  db.exec("INSERT INTO blocks_best (blocks_best) VALUES ('optimize')");
  db.exec("INSERT INTO blocks_best_words (blocks_best_words) VALUES ('optimize')");
}

export function openFtsBest(dir: string): BenchEngine {
  const db = new Database(path.join(dir, 'library.sqlite'), { readonly: true });
  const match = bestFtsQuery(db, 'blocks_best');
  const top = db.prepare(
    `SELECT rowid, snippet(blocks_best, 2, '**', '**', '…', 12) AS snippet FROM blocks_best WHERE blocks_best MATCH ?
     ORDER BY bm25(blocks_best, 1.5, 3, 1) LIMIT 10`
  );
  const count = db.prepare('SELECT COUNT(*) FROM blocks_best WHERE blocks_best MATCH ?').pluck();
  const expression = (q: BenchQuery) => match({ query: q.text, typing: q.typing ?? false });
  return {
    name: 'FTS5 best',
    query: (q) => {
      const m = expression(q);
      if (m !== '') top.all(m);
    },
    count: (q) => {
      const m = expression(q);
      return m === '' ? 0 : (count.get(m) as number);
    },
    close: () => db.close()
  };
}

export const MINISEARCH_FIELDS = ['title', 'heading', 'text'];

export function openMiniSearch(dir: string): BenchEngine {
  const index = MiniSearch.loadJSON(fs.readFileSync(path.join(dir, 'minisearch.json'), 'utf8'), { fields: MINISEARCH_FIELDS });
  const search = (q: BenchQuery) => index.search(q.text.replace(/"/g, ''), { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { heading: 2 } });
  return {
    name: 'MiniSearch',
    query: (q) => void search(q).slice(0, 10),
    count: (q) => search(q).length,
    close: () => undefined
  };
}
