/**
 * What a reader of the index keeps in memory about every indexed block — its briefing, section and
 * field lengths, in typed arrays indexed by block id — and about every briefing (title, type,
 * year). Loaded from `search_docs` at start (one small blob per shard) and refreshed shard by
 * shard when the index changes.
 */
import type Database from 'better-sqlite3';
import { CorruptIndexError, decodeDocs } from './codec';
import type { IndexMeta } from './schema';
import { stemmerLanguage } from './stemming';

export interface BriefingInfo {
  num: number;
  id: string;
  title: string;
  titleLength: number;
  documentType: string;
  year: number | null;
  language: string;
}

export class DocTable {
  /** Briefing number of each block id, -1 where there is no indexed block. */
  briefing = new Int32Array(0);
  section = new Int32Array(0);
  textLength = new Int32Array(0);
  headingLength = new Int32Array(0);
  readonly briefings = new Map<number, BriefingInfo>();
  readonly briefingsById = new Map<string, BriefingInfo>();
  /** Lowest and highest block id of each briefing, to restrict a filtered search. */
  readonly briefingRange = new Map<number, [number, number]>();
  private readonly shardBlocks = new Map<number, number[]>();
  /** Stemmer languages of the indexed briefings ("en", "fr", …), English when there are none. */
  languages: string[] = ['en'];
  docCount = 0;

  /** Largest block id that fits the arrays. */
  get capacity(): number {
    return this.briefing.length;
  }

  /** Loads everything, or only the shards and briefings that changed after `sinceGen`. */
  load(db: Database.Database, meta: IndexMeta, sinceGen = -1): void {
    const rows = db.prepare('SELECT shard, data FROM search_docs WHERE gen > ?').all(sinceGen) as Array<{ shard: number; data: Buffer }>;
    if (sinceGen >= 0) {
      // Shards that vanished (all their blocks deleted) have no row any more.
      const present = new Set(db.prepare('SELECT shard FROM search_docs').pluck().all() as number[]);
      for (const shard of [...this.shardBlocks.keys()]) if (!present.has(shard)) this.clearShard(shard);
    }
    for (const row of rows) {
      this.clearShard(row.shard);
      const entries = decodeDocs(row.data);
      const blocks: number[] = [];
      for (const e of entries) {
        if (Math.floor(e.block / meta.shardSize) !== row.shard) throw new CorruptIndexError('a block is in the wrong shard');
        this.ensure(e.block);
        this.briefing[e.block] = e.briefing;
        this.section[e.block] = e.section;
        this.textLength[e.block] = e.textLength;
        this.headingLength[e.block] = e.headingLength;
        blocks.push(e.block);
      }
      this.shardBlocks.set(row.shard, blocks);
    }
    this.docCount = 0;
    for (const blocks of this.shardBlocks.values()) this.docCount += blocks.length;
    if (this.docCount !== meta.docCount) throw new CorruptIndexError(`it lists ${this.docCount} blocks, its header ${meta.docCount}`);
    this.loadBriefings(db);
  }

  /** Whether block `id` is an indexed block. */
  has(id: number): boolean {
    return id < this.briefing.length && this.briefing[id]! >= 0;
  }

  private loadBriefings(db: Database.Database): void {
    const rows = db
      .prepare(
        `SELECT sb.num, sb.briefing_id, sb.title_length, b.title, b.document_type, b.year, b.language
         FROM search_briefings sb JOIN briefings b ON b.id = sb.briefing_id`
      )
      .all() as Array<{ num: number; briefing_id: string; title_length: number; title: string; document_type: string; year: number | null; language: string }>;
    this.briefings.clear();
    this.briefingsById.clear();
    for (const r of rows) {
      const info: BriefingInfo = {
        num: r.num,
        id: r.briefing_id,
        title: r.title,
        titleLength: r.title_length,
        documentType: r.document_type,
        year: r.year,
        language: r.language
      };
      this.briefings.set(r.num, info);
      this.briefingsById.set(r.briefing_id, info);
    }
    const languages = new Set([...this.briefings.values()].map((b) => stemmerLanguage(b.language)));
    this.languages = languages.size > 0 ? [...languages] : ['en'];
    this.briefingRange.clear();
    for (const blocks of this.shardBlocks.values()) {
      for (const block of blocks) {
        const num = this.briefing[block]!;
        const range = this.briefingRange.get(num);
        if (!range) this.briefingRange.set(num, [block, block]);
        else {
          if (block < range[0]) range[0] = block;
          if (block > range[1]) range[1] = block;
        }
      }
    }
  }

  private clearShard(shard: number): void {
    for (const block of this.shardBlocks.get(shard) ?? []) this.briefing[block] = -1;
    this.shardBlocks.delete(shard);
  }

  private ensure(id: number): void {
    if (id < this.briefing.length) return;
    const size = Math.max(id + 1, Math.ceil(this.briefing.length * 1.5), 1024);
    const grow = (old: Int32Array, fill: number) => {
      const next = new Int32Array(size).fill(fill);
      next.set(old);
      return next;
    };
    this.briefing = grow(this.briefing, -1);
    this.section = grow(this.section, -1);
    this.textLength = grow(this.textLength, 0);
    this.headingLength = grow(this.headingLength, 0);
  }
}
