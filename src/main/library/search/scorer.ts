/**
 * Scores blocks for a parsed, expanded query: term at a time, most selective group first, each
 * later group visiting only the blocks every earlier group matched (by binary search when they are
 * few, by one pass over the postings when they are many). Scores live in typed arrays reused from
 * query to query and the best blocks are picked with a heap — no object is made per matching
 * block, which is what makes naive MiniSearch slow on common words.
 *
 * Relevance is BM25F over three fields of a block — its text, its section heading and its
 * briefing title (boosted) — per matched variant `weight × (1 + s / (s + 4))`, the best variant of
 * each group counting; the top blocks then get up to +25 % when the query's words stand close
 * together.
 */
import { TIER_WEIGHT, type Tier, type Variant } from './expand';
import type { DocTable } from './doc-table';
import type { Postings, PostingsReader } from './postings-reader';
import { hasPhrase, indexOf, smallestWindow, type PositionLookup } from './positions';
import type { Vocabulary } from './vocabulary';

export type OptionPlan = { kind: 'word'; variants: Variant[]; notes: Map<number, Tier> } | { kind: 'phrase'; words: Variant[][] };

/** Blocks match a group when they match one of its options (OR); all groups must match (AND). */
export interface GroupPlan {
  options: OptionPlan[];
}

export interface ScoreRequest {
  groups: GroupPlan[];
  excluded: OptionPlan[];
  /** Null when every block may match. */
  allowed: ((doc: number) => boolean) | null;
  /** Only blocks with ids in this range can pass the filters. */
  range: [number, number] | null;
  /** How many of the best blocks to return, ranked. */
  want: number;
  /** Whether a newer query has replaced this one. */
  cancelled(): boolean;
}

export interface ScoreResult {
  total: number;
  top: Array<{ doc: number; score: number }>;
}

export class QueryCancelled extends Error {
  constructor() {
    super('Search: superseded by a newer query');
  }
}

const K1 = 1.2;
const B_TEXT = 0.75;
const B_SHORT = 0.5;
const HEADING_WEIGHT = 3;
const TITLE_WEIGHT = 1.5;
const NOTE_BOOST = 0.5;
const SATURATION = 4;
const PROXIMITY_MAX = 0.25;
/** How many of the best blocks get the proximity boost before the final order is fixed. */
const RERANK = 100;

export class Scorer {
  private level = new Int32Array(0);
  private groupScore = new Float64Array(0);
  private total = new Float64Array(0);
  private base = 0;
  private nextBase = 1;
  private avg = { text: 1, heading: 1, title: 1 };

  constructor(
    private readonly docs: DocTable,
    private readonly vocab: Vocabulary,
    private readonly reader: PostingsReader,
    private readonly positions: PositionLookup,
    private readonly averages: () => { text: number; heading: number; title: number }
  ) {}

  score(request: ScoreRequest): ScoreResult {
    this.prepare(request.groups.length + 2);
    this.avg = this.averages();
    const base = this.base;
    let candidates: Int32Array | null = null;
    for (let k = 0; k < request.groups.length; k++) {
      if (request.cancelled()) throw new QueryCancelled();
      const touched: number[] = [];
      for (const option of request.groups[k]!.options) this.scoreOption(option, k, candidates, touched, request);
      const next = Int32Array.from(touched).sort();
      for (const doc of next) this.total[doc] = (k === 0 ? 0 : this.total[doc]!) + this.groupScore[doc]!;
      candidates = next;
      if (candidates.length === 0) break;
    }
    if (!candidates) return { total: 0, top: [] };
    const matched = base + request.groups.length;
    for (const option of request.excluded) this.exclude(option, candidates, matched);
    const survivors = candidates.filter((doc) => this.level[doc] === matched);
    const order = (a: { doc: number; score: number }, b: { doc: number; score: number }) => b.score - a.score || a.doc - b.doc;
    const top = this.best(survivors, Math.max(request.want, RERANK)).sort(order);
    if (request.groups.length >= 2) {
      const head = top.slice(0, RERANK);
      this.boostProximity(head, request.groups);
      top.splice(0, head.length, ...head.sort(order));
    }
    return { total: survivors.length, top: top.slice(0, request.want) };
  }

  /**
   * How `doc` matched each group: the best tier (null for a group matched by a note only) and the
   * terms that matched at that tier — what the hit's snippet should mark, and nothing weaker.
   */
  explain(doc: number, groups: GroupPlan[]): { tiers: Array<Tier | null>; termIds: number[] } {
    const termIds: number[] = [];
    const tiers = groups.map((group) => {
      let best: Tier | null = null;
      let ids: number[] = [];
      const strong: number[] = [];
      for (const option of group.options) {
        // A phrase is marked where its words stand together (snippets.ts), never word by word.
        if (option.kind === 'phrase') {
          if (option.words.every((w) => w[0] && indexOf(this.reader.get(w[0].id).docs, doc) >= 0)) best ??= 'exact';
          continue;
        }
        for (const v of option.variants) {
          if (indexOf(this.reader.get(v.id).docs, doc) < 0) continue;
          if (TIER_WEIGHT[v.tier] >= TIER_WEIGHT.family) strong.push(v.id);
          if (best === null || TIER_WEIGHT[v.tier] > TIER_WEIGHT[best]) {
            best = v.tier;
            ids = [v.id];
          } else if (v.tier === best) ids.push(v.id);
        }
        const note = option.notes.get(doc);
        if (note && best === null) best = note;
      }
      // Inflections count as the word itself; prefixes and near spellings only when nothing better matched.
      termIds.push(...ids, ...strong.filter((id) => !ids.includes(id)));
      return best;
    });
    return { tiers, termIds };
  }

  /**
   * Starts a query that uses `levels` marks per block. Marks are never cleared: each query starts
   * above every mark the previous one could have left, so an old mark never reads as a new one.
   */
  private prepare(levels: number): void {
    const size = this.docs.capacity;
    if (this.level.length < size || this.nextBase > 1 << 30) {
      if (this.level.length < size) {
        this.level = new Int32Array(size);
        this.groupScore = new Float64Array(size);
        this.total = new Float64Array(size);
      } else this.level.fill(0);
      this.nextBase = 1;
    }
    this.base = this.nextBase;
    this.nextBase = this.base + levels;
  }

  /**
   * Scores one option of group `k` into `groupScore`, touching each block once per group: a block
   * is a candidate when it passed groups 0..k-1 (`level == base + k`) and, for group 0, the filters.
   */
  private scoreOption(option: OptionPlan, k: number, candidates: Int32Array | null, touched: number[], request: ScoreRequest): void {
    const visit = (doc: number, value: number) => {
      const lv = this.level[doc]!;
      const here = this.base + k;
      if (lv === here + 1) {
        if (value > this.groupScore[doc]!) this.groupScore[doc] = value;
        return;
      }
      if (k === 0 ? lv >= this.base || (request.allowed !== null && !request.allowed(doc)) : lv !== here) return;
      this.level[doc] = here + 1;
      this.groupScore[doc] = value;
      touched.push(doc);
    };
    if (option.kind === 'phrase') {
      this.scorePhrase(option.words, candidates, request, visit);
      return;
    }
    for (const v of option.variants) {
      if (request.cancelled()) throw new QueryCancelled();
      const postings = this.reader.get(v.id);
      const idf = this.idf(v.id);
      this.forEachPosting(postings, candidates, request.range, (i, doc) => visit(doc, this.value(v.weight, idf, doc, postings.flags[i]!)));
    }
    for (const [doc, tier] of option.notes) {
      if (this.docs.has(doc)) visit(doc, TIER_WEIGHT[tier] * (1 + NOTE_BOOST));
    }
  }

  private scorePhrase(words: Variant[][], candidates: Int32Array | null, request: ScoreRequest, visit: (doc: number, value: number) => void): void {
    if (words.some((w) => w.length === 0)) return;
    const lists = words.map((w) => ({ v: w[0]!, postings: this.reader.get(w[0]!.id) }));
    const driver = lists.reduce((a, b) => (b.postings.docs.length < a.postings.docs.length ? b : a));
    this.forEachPosting(driver.postings, candidates, request.range, (_i, doc) => {
      let value = 0;
      const positions: Int32Array[] = [];
      for (const { v, postings } of lists) {
        const at = indexOf(postings.docs, doc);
        if (at < 0) return;
        value += this.value(v.weight, this.idf(v.id), doc, postings.flags[at]!);
        positions.push(this.positions.of(v.id, postings, doc));
      }
      if (hasPhrase(positions)) visit(doc, value);
    });
  }

  /** Calls `fn` for postings entries that can matter: all (within range), or only candidates. */
  private forEachPosting(postings: Postings, candidates: Int32Array | null, range: [number, number] | null, fn: (i: number, doc: number) => void): void {
    const docs = postings.docs;
    if (candidates && candidates.length * 16 < docs.length) {
      let from = 0;
      for (const doc of candidates) {
        const at = gallop(docs, doc, from);
        if (at < docs.length && docs[at] === doc) fn(at, doc);
        from = at;
        if (from >= docs.length) break;
      }
      return;
    }
    let i = range ? gallop(docs, range[0], 0) : 0;
    const end = range ? range[1] : Infinity;
    for (; i < docs.length; i++) {
      const doc = docs[i]!;
      if (doc > end) break;
      fn(i, doc);
    }
  }

  private exclude(option: OptionPlan, candidates: Int32Array, matched: number): void {
    const drop = (doc: number) => {
      if (this.level[doc] === matched) this.level[doc] = matched + 1;
    };
    if (option.kind === 'phrase') {
      this.scorePhrase(option.words, candidates, { groups: [], excluded: [], allowed: null, range: null, want: 0, cancelled: () => false }, drop);
      return;
    }
    for (const v of option.variants) this.forEachPosting(this.reader.get(v.id), candidates, null, (_i, doc) => drop(doc));
    for (const doc of option.notes.keys()) drop(doc);
  }

  private idf(termId: number): number {
    const n = this.docs.docCount;
    const df = Math.max(1, this.vocab.df[termId] ?? 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25F of one block for one variant, saturated and weighted by the variant's tier. */
  private value(weight: number, idf: number, doc: number, flags: number): number {
    const avg = this.avg;
    const tf = flags >>> 2;
    let tfw = tf === 0 ? 0 : tf / (1 - B_TEXT + (B_TEXT * this.docs.textLength[doc]!) / avg.text);
    if (flags & 2) tfw += HEADING_WEIGHT / (1 - B_SHORT + (B_SHORT * this.docs.headingLength[doc]!) / avg.heading);
    if (flags & 1) {
      const titleLength = this.docs.briefings.get(this.docs.briefing[doc]!)?.titleLength ?? avg.title;
      tfw += TITLE_WEIGHT / (1 - B_SHORT + (B_SHORT * titleLength) / avg.title);
    }
    const s = (idf * tfw * (K1 + 1)) / (tfw + K1);
    return weight * (1 + s / (s + SATURATION));
  }

  /** The `n` best blocks by score, with a min-heap over the candidates. */
  private best(docs: Int32Array, n: number): Array<{ doc: number; score: number }> {
    const heap: number[] = [];
    const score = (doc: number) => this.total[doc]!;
    const less = (a: number, b: number) => score(a) < score(b) || (score(a) === score(b) && a > b);
    for (const doc of docs) {
      if (heap.length < n) {
        heap.push(doc);
        siftUp(heap, heap.length - 1, less);
      } else if (less(heap[0]!, doc)) {
        heap[0] = doc;
        siftDown(heap, 0, less);
      }
    }
    return heap.map((doc) => ({ doc, score: score(doc) }));
  }

  private boostProximity(top: Array<{ doc: number; score: number }>, groups: GroupPlan[]): void {
    for (const hit of top) {
      const lists = groups.map((group) => {
        const positions: number[] = [];
        for (const option of group.options) {
          const variants = option.kind === 'word' ? option.variants : option.words.flat();
          for (const v of variants) for (const p of this.positions.of(v.id, this.reader.get(v.id), hit.doc)) positions.push(p);
        }
        return positions;
      });
      const window = smallestWindow(lists);
      if (Number.isFinite(window) && window >= 1) {
        const span = Math.max(1, window - (groups.length - 1));
        hit.score *= 1 + PROXIMITY_MAX / span;
      }
    }
  }
}

/** First index ≥ `from` whose doc is ≥ `doc` (exponential then binary search). */
function gallop(docs: Int32Array, doc: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < docs.length && docs[hi]! < doc) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  let lo = from;
  hi = Math.min(hi, docs.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function siftUp(heap: number[], i: number, less: (a: number, b: number) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: number[], i: number, less: (a: number, b: number) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
    if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m]!, heap[i]!];
    i = m;
  }
}
