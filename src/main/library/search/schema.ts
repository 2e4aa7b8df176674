/**
 * The search index's tables and its small key/value header (`search_meta`).
 *
 * The index is derived data: its tables are created by a migration, and dropped and recreated by
 * a rebuild whenever the stored format version is not `FORMAT_VERSION`. Rows are keyed so that one
 * import or deletion rewrites only the rows of the shards its blocks fall in:
 *
 * - `search_terms`    — the vocabulary: folded term, English stem and word family, a display form
 *                       with accents; `search_df` its block frequencies;
 * - `search_postings` — per (term, shard of block ids): blocks and how the term occurs (codec.ts),
 *                       and their word positions, read only for phrases and proximity;
 * - `search_docs`     — per shard: each block's briefing, section and field lengths;
 * - `search_briefings`— a small number per briefing (briefing ids are text) and its title length.
 */
import type Database from 'better-sqlite3';

/** Bump when the persisted form changes: every index of an older format is rebuilt. */
export const FORMAT_VERSION = 7;

/** Block ids per shard. 4096 keeps a shard's rows small to rewrite; see bench/RESULTS.md. */
export const DEFAULT_SHARD_SIZE = 4096;

/** Terms per shard in the row key: key = shard × TERM_SPAN + term id. */
export const TERM_SPAN = 2 ** 32;

/**
 * The key of a postings row. Shard-major, so that the rows of one shard are neighbours in the
 * table: an import (new blocks land in the last shard) or a deletion rewrites one region of the
 * file instead of one page per term — 8× fewer pages written per import (bench/RESULTS.md).
 */
export function rowKey(termId: number, shard: number): number {
  return shard * TERM_SPAN + termId;
}

const TABLES = ['search_meta', 'search_terms', 'search_df', 'search_postings', 'search_docs', 'search_briefings'];

/** Creates the index tables (empty). Used by the migration and by a rebuild. */
export function createSearchTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS search_terms (
      id INTEGER PRIMARY KEY,
      term TEXT NOT NULL UNIQUE,
      stem TEXT NOT NULL,
      family TEXT NOT NULL,
      display TEXT NOT NULL
    ) STRICT;
    -- Block frequencies apart from the terms: an import changes thousands of them, and in a narrow
    -- table they share few pages.
    CREATE TABLE IF NOT EXISTS search_df (id INTEGER PRIMARY KEY, df INTEGER NOT NULL) STRICT;
    CREATE INDEX IF NOT EXISTS search_terms_by_stem ON search_terms(stem);
    CREATE INDEX IF NOT EXISTS search_terms_by_family ON search_terms(family);
    -- Positions come second: SQLite reads a large row's later column from overflow pages only
    -- when it is asked for, so a query that needs no positions does not read them.
    CREATE TABLE IF NOT EXISTS search_postings (key INTEGER PRIMARY KEY, docs BLOB NOT NULL, positions BLOB NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS search_docs (shard INTEGER PRIMARY KEY, data BLOB NOT NULL, gen INTEGER NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS search_briefings (
      num INTEGER PRIMARY KEY,
      briefing_id TEXT NOT NULL UNIQUE,
      title_length INTEGER NOT NULL,
      gen INTEGER NOT NULL
    ) STRICT;
  `);
}

/** Drops and recreates the index tables: the first step of a rebuild. */
export function resetSearchTables(db: Database.Database): void {
  for (const table of TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
  createSearchTables(db);
}

export type IndexStatus = 'ready' | 'building';

/** The header of the index. Totals are sums over indexed blocks, for BM25's average lengths. */
export interface IndexMeta {
  format: number;
  status: IndexStatus;
  /** While building: every block with id ≤ this is indexed; the rest is not yet. */
  builtUpTo: number;
  /** Changes with every rebuild, so readers know to reload everything. */
  buildId: string;
  /** Increases with every change; rows carry the generation they last changed in. */
  gen: number;
  shardSize: number;
  docCount: number;
  textTotal: number;
  headingTotal: number;
  titleTotal: number;
}

/**
 * Reads the header, or null when there is none or it is not of this format (the index is then
 * missing or old, and must be rebuilt).
 */
export function readMeta(db: Database.Database): IndexMeta | null {
  let rows: Array<{ key: string; value: string }>;
  try {
    rows = db.prepare('SELECT key, value FROM search_meta').all() as Array<{ key: string; value: string }>;
  } catch {
    return null;
  }
  const values = new Map(rows.map((r) => [r.key, r.value]));
  const num = (key: string): number => Number(values.get(key));
  const meta: IndexMeta = {
    format: num('format'),
    status: values.get('status') as IndexStatus,
    builtUpTo: num('built_upto'),
    buildId: values.get('build_id') ?? '',
    gen: num('gen'),
    shardSize: num('shard_size'),
    docCount: num('doc_count'),
    textTotal: num('text_total'),
    headingTotal: num('heading_total'),
    titleTotal: num('title_total')
  };
  if (meta.format !== FORMAT_VERSION || (meta.status !== 'ready' && meta.status !== 'building')) return null;
  const numbers = [meta.builtUpTo, meta.gen, meta.shardSize, meta.docCount, meta.textTotal, meta.headingTotal, meta.titleTotal];
  if (numbers.some((n) => !Number.isFinite(n)) || meta.shardSize <= 0 || meta.buildId === '') return null;
  return meta;
}

export function writeMeta(db: Database.Database, meta: IndexMeta): void {
  const upsert = db.prepare('INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const entries: Array<[string, string | number]> = [
    ['format', meta.format],
    ['status', meta.status],
    ['built_upto', meta.builtUpTo],
    ['build_id', meta.buildId],
    ['gen', meta.gen],
    ['shard_size', meta.shardSize],
    ['doc_count', meta.docCount],
    ['text_total', meta.textTotal],
    ['heading_total', meta.headingTotal],
    ['title_total', meta.titleTotal]
  ];
  for (const [key, value] of entries) upsert.run(key, String(value));
}

/** The generation of the index as a reader sees it: changes with any write or rebuild. */
export function readVersionStamp(db: Database.Database): string {
  try {
    const rows = db.prepare("SELECT key, value FROM search_meta WHERE key IN ('gen', 'build_id', 'status', 'format')").all() as Array<{
      key: string;
      value: string;
    }>;
    return rows
      .map((r) => `${r.key}=${r.value}`)
      .sort()
      .join(';');
  } catch {
    return '';
  }
}
