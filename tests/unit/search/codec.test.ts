import { describe, expect, it } from 'vitest';
import { CorruptIndexError, decodePositions, encodePositions, encodePostings, lastDoc, withoutDocs } from '../../../src/main/library/search/codec';

// Four blocks: ids, flags, and each block's word positions.
const DOCS = [3, 7, 8, 300];
const FLAGS = [4, 9, 6, 1];
const STARTS = [0, 2, 3, 6];
const POSITIONS = [1, 5, 0, 2, 40, 200_000, 2_097_152];

describe('withoutDocs', () => {
  it('takes out the named blocks and gives the rows a fresh encoding of the rest would', () => {
    const row = withoutDocs(encodePostings(DOCS, FLAGS), encodePositions(STARTS, POSITIONS), (doc) => doc === 7 || doc === 8);
    expect(row.removed).toBe(2);
    expect(row.docs).toEqual(encodePostings([3, 300], [4, 1]));
    expect(row.positions).toEqual(encodePositions([0, 2], [1, 5, 2_097_152]));
    expect(Array.from(decodePositions(row.positions).positions)).toEqual([1, 5, 2_097_152]);
  });

  it('leaves empty rows when every block goes, and the same bytes when none does', () => {
    const docs = encodePostings(DOCS, FLAGS);
    const positions = encodePositions(STARTS, POSITIONS);
    expect(withoutDocs(docs, positions, () => true)).toMatchObject({ removed: 4, docs: Buffer.alloc(0), positions: Buffer.alloc(0) });
    expect(withoutDocs(docs, positions, () => false)).toEqual({ docs, positions, removed: 0 });
  });

  it('refuses a positions row that does not match its postings', () => {
    const docs = encodePostings(DOCS, FLAGS);
    expect(() => withoutDocs(docs, encodePositions(STARTS.slice(0, 3), POSITIONS.slice(0, 6)), () => false)).toThrow(CorruptIndexError);
    expect(() => withoutDocs(docs, Buffer.concat([encodePositions(STARTS, POSITIONS), Buffer.from([1, 1])]), () => false)).toThrow(CorruptIndexError);
  });
});

describe('lastDoc', () => {
  it('reads the last block of a row, and -1 for an empty one', () => {
    expect(lastDoc(encodePostings(DOCS, FLAGS))).toBe(300);
    expect(lastDoc(Buffer.concat([encodePostings(DOCS, FLAGS), encodePostings([301, 9000], [4, 4], 300)]))).toBe(9000);
    expect(lastDoc(Buffer.alloc(0))).toBe(-1);
  });
});
