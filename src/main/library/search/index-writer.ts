/**
 * Writes analysed blocks into the index tables, or takes them out again, touching only the rows
 * of the shards those blocks fall in. Used by a full rebuild (shard by shard, into empty rows)
 * and by the import/delete observer (merging into existing rows), inside the caller's transaction.
 *
 * Each writer is one generation: block rows it changes are stamped with `meta.gen + 1`, and
 * `commit()` writes the new generation and totals to the header, so readers know to refresh.
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
  lastDoc,
  withoutDocs,
  type DocEntry
} from './codec';
import { rowKey, writeMeta, type IndexMeta } from './schema';
import { familyOf, stemOf } from './stemming';

/** Term ids (and display forms) known to a writer; ids never change within one build. */
export type TermIds = Map<string, { id: number; display: string }>;

export class IndexWriter {
  readonly gen: number;
  private readonly displayUpdates = new Map<number, string>();
  private readonly titleLengths = new Map<number, number>();
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    readonly meta: IndexMeta,
    private readonly termIds: TermIds = new Map(),
    /** Block frequency changes not yet written; a rebuild shares one map across its shards. */
    private readonly dfDelta = new Map<number, number>()
  ) {
    this.gen = meta.gen + 1;
    this.statements = {
      // A batch's terms are looked up and created with one statement each, not one per term:
      // a briefing brings a few thousand words, most of them new to a small library.
      findTerms: db.prepare('SELECT id, term, display FROM search_terms WHERE term IN (SELECT value FROM json_each(?))'),
      insertTerms: db.prepare(
        `INSERT INTO search_terms (term, stem, family, display)
         SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 FROM json_each(?) AS j WHERE true
         ON CONFLICT (term) DO NOTHING RETURNING id, term, display`
      ),
      // One statement for all of a generation's frequency changes: [[id, delta], …] as JSON.
      updateFrequencies: db.prepare(
        `INSERT INTO search_df (id, df) SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?) AS j WHERE true
         ON CONFLICT (id) DO UPDATE SET df = df + excluded.df`
      ),
      updateDisplay: db.prepare('UPDATE search_terms SET display = ? WHERE id = ?'),
      readRow: db.prepare('SELECT docs, positions FROM search_postings WHERE key = ?'),
      writeRow: db.prepare('INSERT OR REPLACE INTO search_postings (key, docs, positions) VALUES (?, ?, ?)'),
      deleteRow: db.prepare('DELETE FROM search_postings WHERE key = ?'),
      readDocs: db.prepare('SELECT data FROM search_docs WHERE shard = ?').pluck(),
      writeDocs: db.prepare('INSERT OR REPLACE INTO search_docs (shard, data, gen) VALUES (?, ?, ?)'),
      deleteDocs: db.prepare('DELETE FROM search_docs WHERE shard = ?'),
      findBriefing: db.prepare('SELECT num FROM search_briefings WHERE briefing_id = ?').pluck(),
      insertBriefing: db.prepare('INSERT INTO search_briefings (briefing_id, title_length, gen) VALUES (?, ?, ?)'),
      deleteBriefing: db.prepare('DELETE FROM search_briefings WHERE briefing_id = ?'),
      titleLengthOf: db.prepare('SELECT title_length FROM search_briefings WHERE num = ?').pluck()
    };
  }

  /** The briefing's number in the index, registering it (with its title length) if needed. */
  briefingNum(briefingId: string, titleLength: number): number {
    const found = this.statements.findBriefing.get(briefingId) as number | undefined;
    if (found !== undefined) return found;
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
    const created = this.registerTerms(batch);
    for (const [term, occ] of batch.terms) {
      const id = this.termId(term, batch.displays.get(term) ?? term);
      // A term created just now has no rows yet: nothing to read or merge.
      const empty = fresh || created.has(id);
      forEachShard(occ, this.meta.shardSize, (shard, part) => {
        const key = rowKey(id, shard);
        if (!empty && this.append(key, part)) return;
        const row = empty ? part : mergeRows(this.readRow(key), part);
        this.statements.writeRow.run(key, encodePostings(row.docs, row.flags), encodePositions(row.starts, row.positions));
      });
      this.dfDelta.set(id, (this.dfDelta.get(id) ?? 0) + occ.docs.length);
    }
    for (const [shard, entries] of this.docsByShard(batch.docs)) {
      const existing = fresh ? [] : this.readDocs(shard);
      const replaced = new Set(entries.map((e) => e.block));
      const merged = existing
        .filter((e) => !replaced.has(e.block))
        .concat(entries)
        .sort((a, b) => a.block - b.block);
      this.statements.writeDocs.run(shard, encodeDocs(merged), this.gen);
      for (const e of existing) if (replaced.has(e.block)) this.count(e, -1);
      for (const e of entries) this.count(e, +1);
    }
  }

  /** Takes analysed blocks (read before they are deleted) out of the index. */
  remove(batch: AnalyzedBatch): void {
    const removed = new Set(batch.docs.map((d) => d.block));
    this.lookUpTerms([...batch.terms.keys()]);
    for (const [term, occ] of batch.terms) {
      const found = this.termIds.get(term);
      if (!found) continue;
      let gone = 0;
      for (const shard of shardsOf(occ.docs, this.meta.shardSize)) {
        const key = rowKey(found.id, shard);
        const row = this.statements.readRow.get(key) as { docs: Buffer; positions: Buffer } | undefined;
        if (!row) continue;
        const kept = withoutDocs(row.docs, row.positions, (doc) => removed.has(doc));
        gone += kept.removed;
        if (kept.docs.length === 0) this.statements.deleteRow.run(key);
        else if (kept.removed > 0) this.statements.writeRow.run(key, kept.docs, kept.positions);
      }
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

  /**
   * Writes the header — the end of this generation — and, unless a rebuild keeps them for its last
   * shard, the block frequencies and display forms.
   */
  commit(changes: Partial<IndexMeta> = {}, flushTerms = true): IndexMeta {
    if (flushTerms) {
      if (this.dfDelta.size > 0) this.statements.updateFrequencies.run(JSON.stringify([...this.dfDelta]));
      this.dfDelta.clear();
    }
    for (const [id, display] of this.displayUpdates) this.statements.updateDisplay.run(display, id);
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

  /** Reads the ids of those of `terms` not known yet (one statement for all of them). */
  private lookUpTerms(terms: readonly string[]): void {
    const unknown = terms.filter((term) => !this.termIds.has(term));
    if (unknown.length === 0) return;
    const rows = this.statements.findTerms.all(JSON.stringify(unknown)) as Array<{ id: number; term: string; display: string }>;
    for (const row of rows) this.termIds.set(row.term, { id: row.id, display: row.display });
  }

  /**
   * Makes sure every term of the batch has an id: known ones are read, new ones created.
   * Returns the ids it created.
   */
  private registerTerms(batch: AnalyzedBatch): Set<number> {
    const created = new Set<number>();
    const terms = [...batch.terms.keys()];
    this.lookUpTerms(terms);
    const added = terms.filter((term) => !this.termIds.has(term)).map((term) => [term, stemOf(term), familyOf(term), batch.displays.get(term) ?? term]);
    if (added.length === 0) return created;
    const rows = this.statements.insertTerms.all(JSON.stringify(added)) as Array<{ id: number; term: string; display: string }>;
    for (const row of rows) {
      this.termIds.set(row.term, { id: row.id, display: row.display });
      created.add(row.id);
    }
    return created;
  }

  /** The id of a registered term, keeping the best display form of it. */
  private termId(term: string, display: string): number {
    const found = this.termIds.get(term);
    if (!found) throw new Error(`Search: could not record the term "${term}"`);
    // Prefer a display form that shows accents or apostrophes the folded term lost.
    if (found.display === term && display !== term) {
      found.display = display;
      this.displayUpdates.set(found.id, display);
    }
    return found.id;
  }

  /**
   * Writes `part` into the row at `key` without decoding the row when it can: as the row itself
   * when there is none yet (a term's first blocks in a shard), or appended as bytes when all its
   * blocks come after the row's last one (the usual import). False when the row must be merged.
   */
  private append(key: number, part: TermOccurrences): boolean {
    const row = this.statements.readRow.get(key) as { docs: Buffer; positions: Buffer } | undefined;
    if (!row) {
      this.statements.writeRow.run(key, encodePostings(part.docs, part.flags), encodePositions(part.starts, part.positions));
      return true;
    }
    const last = lastDoc(row.docs);
    if (part.docs[0]! <= last) return false;
    this.statements.writeRow.run(
      key,
      Buffer.concat([row.docs, encodePostings(part.docs, part.flags, last)]),
      Buffer.concat([row.positions, encodePositions(part.starts, part.positions)])
    );
    return true;
  }

  private readRow(key: number): TermOccurrences {
    const row = this.statements.readRow.get(key) as { docs: Buffer; positions: Buffer } | undefined;
    if (!row) return { docs: [], flags: [], starts: [], positions: [] };
    const docs: number[] = [];
    const flags: number[] = [];
    decodePostingsInto(row.docs, docs, flags, Number.MAX_SAFE_INTEGER);
    const decoded = decodePositions(row.positions);
    if (decoded.starts.length !== docs.length + 1) throw new CorruptIndexError('a positions row does not match its postings');
    return { docs, flags, starts: Array.from(decoded.starts.subarray(0, docs.length)), positions: Array.from(decoded.positions) };
  }

  private readDocs(shard: number): DocEntry[] {
    const blob = this.statements.readDocs.get(shard) as Buffer | undefined;
    return blob ? decodeDocs(blob) : [];
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

/** Entry `i` of a row: its doc, flags and positions. */
function entry(row: TermOccurrences, i: number): { doc: number; flags: number; positions: number[] } {
  const to = i + 1 < row.starts.length ? row.starts[i + 1]! : row.positions.length;
  return { doc: row.docs[i]!, flags: row.flags[i]!, positions: row.positions.slice(row.starts[i], to) };
}

function push(row: TermOccurrences, e: { doc: number; flags: number; positions: number[] }): void {
  row.docs.push(e.doc);
  row.flags.push(e.flags);
  row.starts.push(row.positions.length);
  for (const p of e.positions) row.positions.push(p);
}

/** Splits a term's occurrences (ascending) by shard of block ids. */
function forEachShard(occ: TermOccurrences, size: number, visit: (shard: number, part: TermOccurrences) => void): void {
  let start = 0;
  while (start < occ.docs.length) {
    const shard = Math.floor(occ.docs[start]! / size);
    let end = start + 1;
    while (end < occ.docs.length && Math.floor(occ.docs[end]! / size) === shard) end++;
    if (start === 0 && end === occ.docs.length) {
      visit(shard, occ);
    } else {
      const from = occ.starts[start]!;
      const to = end < occ.starts.length ? occ.starts[end]! : occ.positions.length;
      visit(shard, {
        docs: occ.docs.slice(start, end),
        flags: occ.flags.slice(start, end),
        starts: occ.starts.slice(start, end).map((s) => s - from),
        positions: occ.positions.slice(from, to)
      });
    }
    start = end;
  }
}

/** Merges `added` into `existing` (both ascending by doc); an added doc replaces an existing one. */
function mergeRows(existing: TermOccurrences, added: TermOccurrences): TermOccurrences {
  if (existing.docs.length === 0) return added;
  const out: TermOccurrences = { docs: [], flags: [], starts: [], positions: [] };
  let i = 0;
  let j = 0;
  while (i < existing.docs.length || j < added.docs.length) {
    const a = i < existing.docs.length ? existing.docs[i]! : Infinity;
    const b = j < added.docs.length ? added.docs[j]! : Infinity;
    if (b <= a) {
      push(out, entry(added, j++));
      if (a === b) i++;
    } else push(out, entry(existing, i++));
  }
  return out;
}

/** The shards of block ids that ascending `docs` fall in. */
function shardsOf(docs: readonly number[], size: number): number[] {
  const shards: number[] = [];
  for (const doc of docs) {
    const shard = Math.floor(doc / size);
    if (shards[shards.length - 1] !== shard) shards.push(shard);
  }
  return shards;
}
