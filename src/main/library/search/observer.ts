/**
 * Keeps the index in step with the library: the `ContentObserver` that `openLibrary()` attaches,
 * whose hooks run inside the transaction that imports or deletes a briefing, so the briefing and
 * its index entries commit or fail together.
 *
 * An index that is missing or of an older format is left alone (the next search rebuilds it); an
 * index being rebuilt is updated only below the point the rebuild has reached.
 */
import type Database from 'better-sqlite3';
import type { ContentObserver } from '../library';
import { BatchAnalyzer, readBriefingBlocks, type AnalyzedBatch } from './analyze';
import { IndexWriter } from './index-writer';
import { readMeta, type IndexMeta } from './schema';
import { termsOf } from './tokenizer';

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
    briefingWritten(db, briefingId) {
      const prepared = prepare(db, briefingId, terms);
      if (!prepared) return;
      const { writer, batch } = prepared;
      writer.add(batch, false);
      writer.commit();
      changed();
    },
    briefingRemoving(db, briefingId) {
      const prepared = prepare(db, briefingId, terms);
      if (!prepared) return;
      const { writer, batch } = prepared;
      writer.remove(batch);
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

function prepare(db: Database.Database, briefingId: string, terms: TermIdCache): { writer: IndexWriter; batch: AnalyzedBatch } | null {
  const meta: IndexMeta | null = readMeta(db);
  if (!meta) return null;
  if (terms.buildId !== meta.buildId) {
    terms.buildId = meta.buildId;
    terms.ids.clear();
  }
  const blocks = readBriefingBlocks(db, briefingId).filter((b) => meta.status === 'ready' || b.id <= meta.builtUpTo);
  if (blocks.length === 0 && meta.status !== 'ready') return null;
  const title = (db.prepare('SELECT title FROM briefings WHERE id = ?').pluck().get(briefingId) as string | undefined) ?? '';
  const writer = new IndexWriter(db, meta, terms.ids);
  const num = writer.briefingNum(briefingId, termsOf(title).length);
  const analyzer = new BatchAnalyzer();
  for (const block of blocks) {
    analyzer.add({ id: block.id, briefingNum: num, sectionId: block.section_id, text: block.text, heading: block.heading, title });
  }
  return { writer, batch: analyzer.result() };
}
