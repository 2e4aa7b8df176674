/**
 * Word positions for the blocks that need them — phrase checks and the proximity boost — read
 * from a term's positions row in the block's shard (postings-reader.ts), never for other blocks.
 */
import { HEADING_BASE } from './codec';
import type { Postings, PostingsReader } from './postings-reader';

/** Index of `doc` in ascending `docs`, or -1. */
export function indexOf(docs: Int32Array, doc: number, from = 0): number {
  let lo = from;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === doc ? lo : -1;
}

export class PositionLookup {
  constructor(
    private readonly reader: PostingsReader,
    private readonly shardSize: number
  ) {}

  /** Positions of term `termId` (whose postings are `postings`) in block `doc`; empty if absent. */
  of(termId: number, postings: Postings, doc: number): Int32Array {
    const at = indexOf(postings.docs, doc);
    if (at < 0) return EMPTY;
    const shard = Math.floor(doc / this.shardSize);
    const shardStart = lowerBound(postings.docs, shard * this.shardSize);
    return this.reader.positionsOf(termId, shard, at - shardStart);
  }
}

const EMPTY = new Int32Array(0);

function lowerBound(docs: Int32Array, value: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the words (position lists, in phrase order) occur one right after the other. */
export function hasPhrase(lists: readonly Int32Array[]): boolean {
  const first = lists[0];
  if (!first) return false;
  outer: for (let k = 0; k < first.length; k++) {
    const p = first[k]!;
    for (let i = 1; i < lists.length; i++) if (!includes(lists[i]!, p + i)) continue outer;
    return true;
  }
  return false;
}

function includes(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value;
}

/**
 * The smallest window of text words holding one occurrence from each list (heading and title
 * positions are ignored: closeness there says nothing). Infinity when some list has no text word.
 */
export function smallestWindow(lists: readonly number[][]): number {
  const events: Array<[position: number, list: number]> = [];
  lists.forEach((list, i) => {
    for (const p of list) if (p < HEADING_BASE) events.push([p, i]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const need = lists.length;
  const counts = new Array<number>(need).fill(0);
  let have = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    const [, list] = events[right]!;
    if (counts[list]!++ === 0) have++;
    while (have === need) {
      const [start, startList] = events[left]!;
      best = Math.min(best, events[right]![0] - start + 1);
      if (--counts[startList]! === 0) have--;
      left++;
    }
  }
  return best;
}
