/**
 * Reads a term's postings (all its shards, concatenated) and, only when a phrase or proximity
 * needs them, its positions in one shard — each decoded once and kept in a bounded LRU cache,
 * dropped when the index says the term changed.
 */
import type Database from 'better-sqlite3';
import { decodePostingsInto, indexPositions, positionsAt, type PositionsIndex } from './codec';
import { rowKey } from './schema';

export interface Postings {
  docs: Int32Array;
  /** Text tf << 2 | heading bit << 1 | title bit, per doc. */
  flags: Int32Array;
}

/** A least-recently-used cache bounded by an estimate of the bytes it holds. */
class LruCache<K, V> {
  private readonly map = new Map<K, { value: V; bytes: number }>();
  private bytes = 0;
  constructor(private readonly budget: number) {}

  get(key: K): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    this.map.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.map) {
      if (this.bytes <= this.budget) break;
      this.map.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  delete(key: K): void {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.bytes -= hit.bytes;
    }
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}

export class PostingsReader {
  private readonly postings: LruCache<number, Postings>;
  /** Positions rows with their entry offsets: read one block at a time, never decoded whole. */
  private readonly positions: LruCache<number, PositionsIndex | null>;
  private readonly readRows;
  private readonly readPositionsRow;

  constructor(
    db: Database.Database,
    private readonly maxDoc: () => number,
    /** Number of shards (the highest block id's shard + 1). */
    private readonly shards: () => number,
    budgetBytes = 48 * 1024 * 1024
  ) {
    this.postings = new LruCache(budgetBytes * 0.75);
    this.positions = new LruCache(budgetBytes * 0.25);
    // A term has a row in some shards: one statement looks them all up, in shard order.
    this.readRows = db.prepare('SELECT docs FROM search_postings WHERE key IN (SELECT value FROM json_each(?)) ORDER BY key').pluck();
    this.readPositionsRow = db.prepare('SELECT positions FROM search_postings WHERE key = ?').pluck();
  }

  /** All postings of a term, ascending by block id. */
  get(termId: number): Postings {
    const cached = this.postings.get(termId);
    if (cached) return cached;
    const docs: number[] = [];
    const flags: number[] = [];
    const max = this.maxDoc();
    const keys = Array.from({ length: this.shards() }, (_, shard) => rowKey(termId, shard));
    for (const blob of this.readRows.all(JSON.stringify(keys)) as Buffer[]) {
      decodePostingsInto(blob, docs, flags, max);
    }
    const value = { docs: Int32Array.from(docs), flags: Int32Array.from(flags) };
    this.postings.set(termId, value, docs.length * 8 + 64);
    return value;
  }

  /** The positions of term `termId` in entry `index` of its row in `shard` (empty if there is none). */
  positionsOf(termId: number, shard: number, index: number): Int32Array {
    const key = rowKey(termId, shard);
    let row = this.positions.get(key);
    if (row === undefined) {
      const blob = this.readPositionsRow.get(key) as Buffer | undefined;
      row = blob ? indexPositions(blob) : null;
      this.positions.set(key, row, row ? row.blob.length + row.offsets.length * 4 + 64 : 64);
    }
    return row ? positionsAt(row, index) : new Int32Array(0);
  }

  /** Forgets everything cached: after any change to the index (imports are rare, reads refill it). */
  clear(): void {
    this.postings.clear();
    this.positions.clear();
  }
}
