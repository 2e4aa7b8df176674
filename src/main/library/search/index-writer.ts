/**
 * Writes analysed blocks into the index tables, or takes them out again, touching only the rows
 * of the shards those blocks fall in. Used by a full rebuild (shard by shard, into empty rows)
 * and by the import/delete observer (merging into existing rows), inside the caller's transaction.
 *
 * Each writer is one generation: every row it changes is stamped with `meta.gen + 1`, and
 * `commit()` writes the new generation and totals to the header, so readers can refresh only
 * what changed.
 */
import type Database from 'better-sqlite3';
import type { AnalyzedBatch, TermOccurrences } from './analyze';
import {
  CorruptIndexError,
  decodeDocs,
  decodePositions,
  decodePostingsInto,
  encodeDocs,
  encodePositions,
  encodePostings,
  type DocEntry
} from './codec';
import { rowKey, writeMeta, type IndexMeta } from './schema';
import { familyOf, stemOf } from './stemming';

interface RowParts {
  docs: number[];
  flags: number[];
  positions: number[][];
}

export class IndexWriter {
  readonly gen: number;
  private readonly dfDelta = new Map<number, number>();
  private readonly displayUpdates = new Map<number, string>();
  private readonly titleLengths = new Map<number, number>();
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    readonly meta: IndexMeta,
    /** Term ids already known, shared across the batches of a rebuild. */
    private readonly termIds = new Map<string, { id: number; display: string }>()
  ) {
    this.gen = meta.gen + 1;
    this.statements = {
      findTerm: db.prepare('SELECT id, display FROM search_terms WHERE term = ?'),
      insertTerm: db.prepare(
        'INSERT INTO search_terms (term, df, stem, family, display, gen) VALUES (?, 0, ?, ?, ?, ?) ON CONFLICT (term) DO NOTHING'
      ),
      updateTerm: db.prepare('UPDATE search_terms SET df = df + ?, gen = ? WHERE id = ?'),
      updateDisplay: db.prepare('UPDATE search_terms SET display = ? WHERE id = ?'),
      readRow: db.prepare('SELECT docs, positions FROM search_postings WHERE key = ?'),
      writeRow: db.prepare('INSERT OR REPLACE INTO search_postings (key, docs, positions) VALUES (?, ?, ?)'),
      deleteRow: db.prepare('DELETE FROM search_postings WHERE key = ?'),
      readDocs: db.prepare('SELECT data FROM search_docs WHERE shard = ?').pluck(),
      writeDocs: db.prepare('INSERT OR REPLACE INTO search_docs (shard, data, gen) VALUES (?, ?, ?)'),
      deleteDocs: db.prepare('DELETE FROM search_docs WHERE shard = ?'),
      findBriefing: db.prepare('SELECT num, title_length FROM search_briefings WHERE briefing_id = ?'),
      insertBriefing: db.prepare('INSERT INTO search_briefings (briefing_id, title_length, gen) VALUES (?, ?, ?)'),
      deleteBriefing: db.prepare('DELETE FROM search_briefings WHERE briefing_id = ?'),
      titleLengthOf: db.prepare('SELECT title_length FROM search_briefings WHERE num = ?').pluck()
    };
  }

  /** The briefing's number in the index, registering it (with its title length) if needed. */
  briefingNum(briefingId: string, titleLength: number): number {
    const found = this.statements.findBriefing.get(briefingId) as { num: number } | undefined;
    if (found) return found.num;
    return Number(this.statements.insertBriefing.run(briefingId, titleLength, this.gen).lastInsertRowid);
  }

  forgetBriefing(briefingId: string): void {
    this.statements.deleteBriefing.run(briefingId);
  }

  /**
   * Adds analysed blocks. With `fresh`, the shards they fall in are known to be empty (a rebuild
   * writes each shard once), so rows are written without reading them first.
   */
  add(batch: AnalyzedBatch, fresh: boolean): void {
    for (const [term, occ] of batch.terms) {
      const id = this.termId(term, batch.displays.get(term) ?? term, fresh);
      this.forEachShard(occ, (shard, part) => {
        const key = rowKey(id, shard);
        const merged = fresh ? part : mergeRows(this.readRow(key), part);
        this.statements.writeRow.run(key, encodePostings(merged.docs, merged.flags), encodePositions(merged.positions));
      });
      this.dfDelta.set(id, (this.dfDelta.get(id) ?? 0) + occ.docs.length);
    }
    for (const [shard, entries] of this.docsByShard(batch.docs)) {
      const existing = fresh ? [] : this.readDocs(shard);
      const replaced = new Set(entries.map((e) => e.block));
      const merged = existing.filter((e) => !replaced.has(e.block)).concat(entries).sort((a, b) => a.block - b.block);
      this.statements.writeDocs.run(shard, encodeDocs(merged), this.gen);
      for (const e of existing) if (replaced.has(e.block)) this.count(e, -1);
      for (const e of entries) this.count(e, +1);
    }
  }

  /** Takes analysed blocks (read before they are deleted) out of the index. */
  remove(batch: AnalyzedBatch): void {
    const removed = new Set(batch.docs.map((d) => d.block));
    for (const [term, occ] of batch.terms) {
      const found = this.findTerm(term);
      if (!found) continue;
      let gone = 0;
      this.forEachShard(occ, (shard) => {
        const key = rowKey(found.id, shard);
        const row = this.readRow(key);
        const kept: RowParts = { docs: [], flags: [], positions: [] };
        row.docs.forEach((doc, i) => {
          if (removed.has(doc)) gone++;
          else {
            kept.docs.push(doc);
            kept.flags.push(row.flags[i]!);
            kept.positions.push(row.positions[i]!);
          }
        });
        if (kept.docs.length === 0) this.statements.deleteRow.run(key);
        else this.statements.writeRow.run(key, encodePostings(kept.docs, kept.flags), encodePositions(kept.positions));
      });
      this.dfDelta.set(found.id, (this.dfDelta.get(found.id) ?? 0) - gone);
    }
    for (const [shard, entries] of this.docsByShard(batch.docs)) {
      const existing = this.readDocs(shard);
      const targets = new Set(entries.map((e) => e.block));
      const kept = existing.filter((e) => !targets.has(e.block));
      for (const e of existing) if (targets.has(e.block)) this.count(e, -1);
      if (kept.length === 0) this.statements.deleteDocs.run(shard);
      else this.statements.writeDocs.run(shard, encodeDocs(kept), this.gen);
    }
  }

  /** Writes term frequencies, display forms and the header: the end of this generation. */
  commit(changes: Partial<IndexMeta> = {}): IndexMeta {
    for (const [id, delta] of this.dfDelta) this.statements.updateTerm.run(delta, this.gen, id);
    for (const [id, display] of this.displayUpdates) this.statements.updateDisplay.run(display, id);
    this.dfDelta.clear();
    this.displayUpdates.clear();
    const meta: IndexMeta = { ...this.meta, ...changes, gen: this.gen };
    writeMeta(this.db, meta);
    return meta;
  }

  private count(entry: DocEntry, sign: 1 | -1): void {
    let titleLength = this.titleLengths.get(entry.briefing);
    if (titleLength === undefined) {
      titleLength = (this.statements.titleLengthOf.get(entry.briefing) as number | undefined) ?? 0;
      this.titleLengths.set(entry.briefing, titleLength);
    }
    this.meta.docCount += sign;
    this.meta.textTotal += sign * entry.textLength;
    this.meta.headingTotal += sign * entry.headingLength;
    this.meta.titleTotal += sign * titleLength;
  }

  private findTerm(term: string): { id: number; display: string } | undefined {
    let found = this.termIds.get(term);
    if (!found) {
      found = this.statements.findTerm.get(term) as { id: number; display: string } | undefined;
      if (found) this.termIds.set(term, found);
    }
    return found;
  }

  /**
   * The id of a term, created if new. A rebuild (`fresh`) meets mostly new terms, so it tries the
   * insert first; an import meets mostly known ones, so it looks them up first.
   */
  private termId(term: string, display: string, fresh: boolean): number {
    let found = this.termIds.get(term);
    if (!found && fresh) {
      const inserted = this.statements.insertTerm.run(term, stemOf(term), familyOf(term), display, this.gen);
      if (inserted.changes > 0) {
        const id = Number(inserted.lastInsertRowid);
        this.termIds.set(term, { id, display });
        return id;
      }
    }
    found ??= this.findTerm(term);
    if (found) {
      // Prefer a display form that shows accents or apostrophes the folded term lost.
      if (found.display === term && display !== term) {
        found.display = display;
        this.displayUpdates.set(found.id, display);
      }
      return found.id;
    }
    const id = Number(this.statements.insertTerm.run(term, stemOf(term), familyOf(term), display, this.gen).lastInsertRowid);
    this.termIds.set(term, { id, display });
    return id;
  }

  private readRow(key: number): RowParts {
    const row = this.statements.readRow.get(key) as { docs: Buffer; positions: Buffer } | undefined;
    if (!row) return { docs: [], flags: [], positions: [] };
    const docs: number[] = [];
    const flags: number[] = [];
    decodePostingsInto(row.docs, docs, flags, Number.MAX_SAFE_INTEGER);
    const decoded = decodePositions(row.positions);
    if (decoded.starts.length !== docs.length + 1) throw new CorruptIndexError('a positions row does not match its postings');
    const positions = docs.map((_, i) => Array.from(decoded.positions.subarray(decoded.starts[i], decoded.starts[i + 1])));
    return { docs, flags, positions };
  }

  private readDocs(shard: number): DocEntry[] {
    const blob = this.statements.readDocs.get(shard) as Buffer | undefined;
    return blob ? decodeDocs(blob) : [];
  }

  private forEachShard(occ: TermOccurrences, visit: (shard: number, part: RowParts) => void): void {
    const size = this.meta.shardSize;
    let start = 0;
    while (start < occ.docs.length) {
      const shard = Math.floor(occ.docs[start]! / size);
      let end = start + 1;
      while (end < occ.docs.length && Math.floor(occ.docs[end]! / size) === shard) end++;
      visit(shard, { docs: occ.docs.slice(start, end), flags: occ.flags.slice(start, end), positions: occ.positions.slice(start, end) });
      start = end;
    }
  }

  private docsByShard(docs: readonly DocEntry[]): Map<number, DocEntry[]> {
    const byShard = new Map<number, DocEntry[]>();
    for (const d of docs) {
      const shard = Math.floor(d.block / this.meta.shardSize);
      const list = byShard.get(shard);
      if (list) list.push(d);
      else byShard.set(shard, [d]);
    }
    return byShard;
  }
}

/** Merges `added` into `existing` (both ascending by doc); an added doc replaces an existing one. */
function mergeRows(existing: RowParts, added: RowParts): RowParts {
  if (existing.docs.length === 0) return added;
  const out: RowParts = { docs: [], flags: [], positions: [] };
  let i = 0;
  let j = 0;
  while (i < existing.docs.length || j < added.docs.length) {
    const a = i < existing.docs.length ? existing.docs[i]! : Infinity;
    const b = j < added.docs.length ? added.docs[j]! : Infinity;
    const fromAdded = b <= a;
    const source = fromAdded ? added : existing;
    const k = fromAdded ? j : i;
    out.docs.push(source.docs[k]!);
    out.flags.push(source.flags[k]!);
    out.positions.push(source.positions[k]!);
    if (fromAdded) {
      j++;
      if (a === b) i++;
    } else i++;
  }
  return out;
}
