/**
 * Keeps the index in step with the library: the `ContentObserver` that `openLibrary()` attaches,
 * whose hooks run inside the transaction that imports or deletes a briefing, so the briefing and
 * its index entries commit or fail together.
 *
 * A bulk import tells it of all its briefings at once: their blocks are analysed a shard of block
 * ids at a time and each postings row of a shard is written once for the whole batch, not once per
 * file — the difference between rewriting a term's row 300 times and writing it once.
 *
 * An index that is missing or of an older format is left alone (the next search rebuilds it); an
 * index being rebuilt is updated only below the point the rebuild has reached.
 */
import type Database from 'better-sqlite3';
import type { ContentObserver } from '../library';
import { BatchAnalyzer, readBriefingBlocks, type AnalyzedBatch, type BlockRow } from './analyze';
import { IndexWriter } from './index-writer';
import { readMeta, type IndexMeta } from './schema';
import { TermCache, termsOf } from './tokenizer';

/**
 * The observer. `onChange` is called after the transaction that changed the index has ended
 * (on the next turn of the event loop), to tell readers in other threads.
 */
export function createSearchObserver(onChange?: () => void): ContentObserver {
  const changed = () => {
    if (onChange) setImmediate(onChange);
  };
  // Term ids never change within one build of the index: remember them across imports.
  const terms: TermIdCache = { buildId: '', ids: new Map() };
  return {
    briefingsWritten(db, briefingIds) {
      const meta = currentMeta(db, terms);
      if (!meta) return;
      const writer = new IndexWriter(db, meta, terms.ids);
      const found = indexedBlocks(db, meta, writer, briefingIds);
      if (!found) return;
      const cache = new TermCache();
      for (const blocks of byShard(found.blocks, meta.shardSize)) writer.add(analyze(blocks, found.briefings, cache), false);
      writer.commit();
      changed();
    },
    briefingRemoving(db, briefingId) {
      const meta = currentMeta(db, terms);
      if (!meta) return;
      const writer = new IndexWriter(db, meta, terms.ids);
      const found = indexedBlocks(db, meta, writer, [briefingId]);
      if (!found) return;
      writer.remove(analyze(found.blocks, found.briefings, new TermCache()));
      writer.forgetBriefing(briefingId);
      writer.commit();
      changed();
    }
  };
}

interface TermIdCache {
  buildId: string;
  ids: Map<string, { id: number; display: string }>;
}

/** The index header, or null when there is no usable index; forgets cached term ids of an older build. */
function currentMeta(db: Database.Database, terms: TermIdCache): IndexMeta | null {
  const meta = readMeta(db);
  if (meta && terms.buildId !== meta.buildId) {
    terms.buildId = meta.buildId;
    terms.ids.clear();
  }
  return meta;
}

/** A briefing as the index knows it: its number and the title every block of it is searched under. */
interface IndexedBriefing {
  num: number;
  title: string;
}

/**
 * The blocks of these briefings that the index covers — all of them, unless a rebuild has not
 * reached them yet — with the briefings registered in the index; null when there is nothing to do.
 */
function indexedBlocks(
  db: Database.Database,
  meta: IndexMeta,
  writer: IndexWriter,
  briefingIds: readonly string[]
): { blocks: BlockRow[]; briefings: Map<string, IndexedBriefing> } | null {
  const blocks = readBriefingBlocks(db, briefingIds).filter((b) => meta.status === 'ready' || b.id <= meta.builtUpTo);
  if (blocks.length === 0 && meta.status !== 'ready') return null;
  const titles = db.prepare('SELECT id, title FROM briefings WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(briefingIds)) as Array<{
    id: string;
    title: string;
  }>;
  const briefings = new Map<string, IndexedBriefing>();
  for (const { id, title } of titles) briefings.set(id, { num: writer.briefingNum(id, termsOf(title).length), title });
  return { blocks, briefings };
}

/** Blocks (in id order) cut where a new shard of block ids begins. */
function* byShard(blocks: readonly BlockRow[], shardSize: number): Generator<BlockRow[]> {
  let start = 0;
  for (let i = 1; i <= blocks.length; i++) {
    if (i === blocks.length || Math.floor(blocks[i]!.id / shardSize) !== Math.floor(blocks[start]!.id / shardSize)) {
      yield blocks.slice(start, i);
      start = i;
    }
  }
}

function analyze(blocks: readonly BlockRow[], briefings: ReadonlyMap<string, IndexedBriefing>, cache: TermCache): AnalyzedBatch {
  const analyzer = new BatchAnalyzer(cache);
  for (const block of blocks) {
    const { num, title } = briefings.get(block.briefing_id)!;
    analyzer.add({ id: block.id, briefingNum: num, sectionId: block.section_id, text: block.text, heading: block.heading, title });
  }
  return analyzer.result();
}
