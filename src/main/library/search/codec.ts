/**
 * The compact binary forms the index keeps in SQLite: unsigned LEB128 varints, doc ids as deltas.
 *
 * A postings row lists, for one term and one shard of block ids, the blocks that contain the term
 * and how (`flags` = text tf << 2 | heading bit << 1 | title bit). A positions row lists, for the
 * same blocks, the word positions of the term (text positions as is, heading and title positions
 * offset by `HEADING_BASE`/`TITLE_BASE` so that a phrase never spans two fields).
 *
 * Every decoder checks what it reads and throws `CorruptIndexError` instead of returning garbage,
 * so a damaged index is noticed and rebuilt.
 */

export const HEADING_BASE = 1 << 20;
export const TITLE_BASE = 2 << 20;

export class CorruptIndexError extends Error {
  constructor(what: string) {
    super(`Search: the index is damaged (${what}); it will be rebuilt`);
    this.name = 'CorruptIndexError';
  }
}

/** A growable byte buffer for writing varints. */
export class ByteWriter {
  private bytes = new Uint8Array(256);
  length = 0;

  uint(value: number): void {
    if (this.length + 10 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + 10));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }

  /** A copy of the written bytes, as better-sqlite3 stores a Buffer as a BLOB. */
  toBuffer(): Buffer {
    return Buffer.from(this.bytes.subarray(0, this.length));
  }
}

/** Reads varints from a byte array, checking bounds. */
export class ByteReader {
  offset = 0;
  constructor(
    readonly bytes: Uint8Array,
    private readonly what: string
  ) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  uint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.offset >= this.bytes.length) throw new CorruptIndexError(`${this.what} ends early`);
      const byte = this.bytes[this.offset++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
    throw new CorruptIndexError(`${this.what} has an overlong number`);
  }
}

/** One term's postings in one shard. `docs` ascend. */
export interface PostingsRow {
  docs: number[];
  flags: number[];
}

/**
 * Encodes postings; `after` is the last doc of the row they will be appended to (0 for a new row),
 * since rows have no header: a row that only grows at its end (an import: new blocks have the
 * highest ids) is rewritten as its old bytes followed by the new ones, without decoding it.
 */
export function encodePostings(docs: ArrayLike<number>, flags: ArrayLike<number>, after = 0): Buffer {
  const w = new ByteWriter();
  let previous = after;
  for (let i = 0; i < docs.length; i++) {
    w.uint(docs[i]! - previous);
    previous = docs[i]!;
    w.uint(flags[i]!);
  }
  return w.toBuffer();
}

/** The last doc of a postings row (-1 for an empty one), read without keeping the others. */
export function lastDoc(blob: Uint8Array): number {
  const r = new ByteReader(blob, 'a postings row');
  let doc = -1;
  let sum = 0;
  while (!r.done) {
    sum += r.uint();
    r.uint();
    doc = sum;
  }
  return doc;
}

/**
 * Appends the postings of `blob` to `docs`/`flags` (plain arrays, so several shards concatenate),
 * checking that ids ascend and stay within `maxDoc`.
 */
export function decodePostingsInto(blob: Uint8Array, docs: number[], flags: number[], maxDoc: number): void {
  const r = new ByteReader(blob, 'a postings row');
  let doc = 0;
  let previous = docs.length > 0 ? docs[docs.length - 1]! : -1;
  while (!r.done) {
    doc += r.uint();
    const flag = r.uint();
    if (doc <= previous || doc > maxDoc || flag === 0) throw new CorruptIndexError('a postings row is out of order');
    docs.push(doc);
    flags.push(flag);
    previous = doc;
  }
}

/**
 * Positions of one term in the blocks of one postings row, in the same order: those of entry i are
 * `positions[starts[i] .. starts[i + 1])`, the last entry's running to the end. Headerless too, so
 * appending entries appends bytes.
 */
export function encodePositions(starts: ArrayLike<number>, positions: ArrayLike<number>): Buffer {
  const w = new ByteWriter();
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? starts[i + 1]! : positions.length;
    w.uint(to - from);
    let previous = 0;
    for (let k = from; k < to; k++) {
      w.uint(positions[k]! - previous);
      previous = positions[k]!;
    }
  }
  return w.toBuffer();
}

/** A postings row and its positions row after `withoutDocs`, and how many entries it took out. */
export interface FilteredRow {
  docs: Buffer;
  positions: Buffer;
  removed: number;
}

/**
 * A postings row and its positions row without the entries of the blocks `drop` names. Doc ids are
 * re-encoded (their deltas change) but the kept positions are copied as bytes, never decoded: a
 * deletion rewrites a row for every term of the briefing, thousands of them.
 */
export function withoutDocs(docs: Uint8Array, positions: Uint8Array, drop: (doc: number) => boolean): FilteredRow {
  const r = new ByteReader(docs, 'a postings row');
  const w = new ByteWriter();
  const kept = new Uint8Array(positions.length);
  let keptLength = 0;
  let offset = 0;
  let doc = 0;
  let previous = 0;
  let removed = 0;
  while (!r.done) {
    doc += r.uint();
    const flags = r.uint();
    const end = skipPositionsEntry(positions, offset);
    if (drop(doc)) removed++;
    else {
      w.uint(doc - previous);
      w.uint(flags);
      previous = doc;
      kept.set(positions.subarray(offset, end), keptLength);
      keptLength += end - offset;
    }
    offset = end;
  }
  if (offset !== positions.length) throw new CorruptIndexError('a positions row does not match its postings');
  return { docs: w.toBuffer(), positions: Buffer.from(kept.buffer, kept.byteOffset, keptLength), removed };
}

/** The offset just past the positions entry that starts at `offset` (its count, then that many varints). */
function skipPositionsEntry(blob: Uint8Array, offset: number): number {
  let o = offset;
  let count = 0;
  let scale = 1;
  for (;;) {
    if (o >= blob.length) throw new CorruptIndexError('a positions row ends early');
    const byte = blob[o++]!;
    count += (byte & 0x7f) * scale;
    if (byte < 0x80) break;
    scale *= 128;
  }
  while (count > 0) {
    if (o >= blob.length) throw new CorruptIndexError('a positions row ends early');
    if (blob[o++]! < 0x80) count--;
  }
  return o;
}

/** Decoded positions row: the positions of entry i are `positions[starts[i] .. starts[i + 1])`. */
export interface PositionsRow {
  starts: Int32Array;
  positions: Int32Array;
}

export function decodePositions(blob: Uint8Array): PositionsRow {
  const r = new ByteReader(blob, 'a positions row');
  const starts: number[] = [];
  const out: number[] = [];
  while (!r.done) {
    starts.push(out.length);
    const count = r.uint();
    let p = 0;
    for (let k = 0; k < count; k++) {
      p += r.uint();
      out.push(p);
    }
  }
  starts.push(out.length);
  return { starts: Int32Array.from(starts), positions: Int32Array.from(out) };
}

/**
 * A positions row prepared for reading one block at a time: the byte offset of every entry, found
 * in one pass over the bytes, without decoding positions a phrase or proximity check never needs.
 */
export interface PositionsIndex {
  blob: Uint8Array;
  offsets: Int32Array;
}

export function indexPositions(blob: Uint8Array): PositionsIndex {
  const offsets: number[] = [];
  for (let o = 0; o < blob.length; o = skipPositionsEntry(blob, o)) offsets.push(o);
  return { blob, offsets: Int32Array.from(offsets) };
}

/** The positions of entry `index` of an indexed positions row (empty past its end). */
export function positionsAt(row: PositionsIndex, index: number): Int32Array {
  if (index < 0 || index >= row.offsets.length) return new Int32Array(0);
  const r = new ByteReader(row.blob, 'a positions row');
  r.offset = row.offsets[index]!;
  const out = new Int32Array(r.uint());
  let p = 0;
  for (let k = 0; k < out.length; k++) out[k] = p += r.uint();
  return out;
}

/** What the index keeps about one block: its briefing, section and field lengths in words. */
export interface DocEntry {
  block: number;
  /** The briefing's number in `search_briefings`. */
  briefing: number;
  /** The section id, or -1 for blocks outside sections (notes, references, back matter). */
  section: number;
  textLength: number;
  headingLength: number;
}

export function encodeDocs(entries: readonly DocEntry[]): Buffer {
  const w = new ByteWriter();
  w.uint(entries.length);
  let previous = 0;
  for (const e of entries) {
    w.uint(e.block - previous);
    previous = e.block;
    w.uint(e.briefing);
    w.uint(e.section + 1);
    w.uint(e.textLength);
    w.uint(e.headingLength);
  }
  return w.toBuffer();
}

export function decodeDocs(blob: Uint8Array): DocEntry[] {
  const r = new ByteReader(blob, 'a document row');
  const n = r.uint();
  const entries: DocEntry[] = [];
  let block = 0;
  for (let i = 0; i < n; i++) {
    const delta = r.uint();
    if (i > 0 && delta === 0) throw new CorruptIndexError('a document row is out of order');
    block += delta;
    entries.push({ block, briefing: r.uint(), section: r.uint() - 1, textLength: r.uint(), headingLength: r.uint() });
  }
  if (!r.done) throw new CorruptIndexError('a document row has trailing bytes');
  return entries;
}
