/**
 * Builds the index from the blocks in the store, one shard of block ids per transaction, so that
 * a rebuild of a large library never holds the database for long and memory stays bounded.
 *
 * While a rebuild runs the header says `building` with `builtUpTo`: the import/delete observer
 * keeps blocks up to there in step and leaves later ones to the builder, so imports made during a
 * rebuild are neither lost nor indexed twice.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { BatchAnalyzer, readBlockRange, type BlockRow } from './analyze';
import { IndexWriter, type TermIds } from './index-writer';
import { DEFAULT_SHARD_SIZE, FORMAT_VERSION, readMeta, resetSearchTables, writeMeta, type IndexMeta } from './schema';
import { termsOf, TermCache } from './tokenizer';

export interface RebuildOptions {
  /** Block ids per shard (default `DEFAULT_SHARD_SIZE`); benchmarks compare sizes. */
  shardSize?: number;
  /** Called after each shard with the blocks indexed so far and the total. */
  onProgress?(done: number, total: number): void;
  /**
   * Benchmarks only: index whole sections as units (the section's blocks joined, under the id of
   * its first block) instead of blocks, to compare the two. The observer always indexes blocks.
   */
  unit?: 'block' | 'section';
}

/** A rebuild in progress: call `step()` until it returns true. */
export class Rebuild {
  private readonly termIds: TermIds = new Map();
  /** Block frequencies are summed over all shards and written once, with the last one. */
  private readonly dfDelta = new Map<number, number>();
  private readonly cache = new TermCache();
  private readonly briefings = new Map<string, { num: number; title: string }>();
  private readonly total: number;
  private done = 0;
  private readonly buildId = crypto.randomBytes(8).toString('hex');

  constructor(
    private readonly db: Database.Database,
    private readonly options: RebuildOptions = {}
  ) {
    this.total = (db.prepare('SELECT COUNT(*) FROM blocks').pluck().get() as number) ?? 0;
    db.transaction(() => {
      resetSearchTables(db);
      const meta: IndexMeta = {
        format: FORMAT_VERSION,
        status: 'building',
        builtUpTo: -1,
        buildId: this.buildId,
        gen: 1,
        shardSize: options.shardSize ?? DEFAULT_SHARD_SIZE,
        docCount: 0,
        textTotal: 0,
        headingTotal: 0,
        titleTotal: 0
      };
      writeMeta(db, meta);
    })();
  }

  /**
   * Indexes the next shard in one transaction; true once the index is complete and ready. The
   * transaction takes the write lock at its start (IMMEDIATE): begun as a reader, it could not
   * become a writer once another connection had committed, and would fail at once instead of
   * waiting its turn (SQLITE_BUSY_SNAPSHOT).
   */
  step(): boolean {
    return this.db
      .transaction(() => {
        const meta = readMeta(this.db);
        if (!meta || meta.status !== 'building' || meta.buildId !== this.buildId)
          throw new Error('Search: the index rebuild was interrupted by another rebuild');
        const next = this.db.prepare('SELECT MIN(id) FROM blocks WHERE id > ?').pluck().get(meta.builtUpTo) as number | null;
        if (next === null) {
          new IndexWriter(this.db, meta, this.termIds, this.dfDelta).commit({ status: 'ready' });
          return true;
        }
        const shard = Math.floor(next / meta.shardSize);
        const last = shard * meta.shardSize + meta.shardSize - 1;
        const writer = new IndexWriter(this.db, meta, this.termIds, this.dfDelta);
        const analyzer = new BatchAnalyzer(this.cache);
        const rows = readBlockRange(this.db, next, last);
        for (const row of this.options.unit === 'section' ? joinSections(rows) : rows) {
          const briefing = this.briefing(writer, row.briefing_id);
          analyzer.add({ id: row.id, briefingNum: briefing.num, sectionId: row.section_id, text: row.text, heading: row.heading, title: briefing.title });
        }
        writer.add(analyzer.result(), true);
        const more = this.db.prepare('SELECT 1 FROM blocks WHERE id > ? LIMIT 1').pluck().get(last) !== undefined;
        writer.commit({ builtUpTo: last, status: more ? 'building' : 'ready' }, !more);
        this.done += rows.length;
        this.options.onProgress?.(this.done, this.total);
        return !more;
      })
      .immediate();
  }

  private briefing(writer: IndexWriter, briefingId: string): { num: number; title: string } {
    let found = this.briefings.get(briefingId);
    if (!found) {
      const title = (this.db.prepare('SELECT title FROM briefings WHERE id = ?').pluck().get(briefingId) as string | undefined) ?? '';
      found = { num: writer.briefingNum(briefingId, termsOf(title).length), title };
      this.briefings.set(briefingId, found);
    }
    return found;
  }
}

/** Rebuilds the whole index now, shard by shard. */
export function rebuildIndex(db: Database.Database, options: RebuildOptions = {}): void {
  const rebuild = new Rebuild(db, options);
  while (!rebuild.step()) {
    // Each step is its own transaction.
  }
}

/**
 * Gives a library with no blocks an empty, ready index, so that its first imports are indexed as
 * they happen instead of waiting for a rebuild. A library with content and no index is left to
 * the search service, which rebuilds it when search is first used.
 */
export function initialiseEmptyIndex(db: Database.Database): void {
  if (readMeta(db)) return;
  if (db.prepare('SELECT 1 FROM blocks LIMIT 1').get() !== undefined) return;
  rebuildIndex(db);
}

/** Consecutive blocks of one section as one unit (see `RebuildOptions.unit`). */
function joinSections(rows: BlockRow[]): BlockRow[] {
  const units: BlockRow[] = [];
  for (const row of rows) {
    const last = units[units.length - 1];
    if (last && row.section_id !== null && last.section_id === row.section_id) last.text += `\n\n${row.text}`;
    else units.push({ ...row });
  }
  return units;
}
