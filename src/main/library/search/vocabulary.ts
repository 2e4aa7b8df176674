/**
 * The vocabulary in memory: every indexed term with its block frequency, stem, word family and a
 * display form, and the lookups that expand a query word — exact, same stem, same family, prefix
 * (binary search in the sorted terms: microseconds, where walking a radix tree for a short prefix
 * takes milliseconds) and approximate (MiniSearch's `SearchableMap.fuzzyGet` over a radix tree,
 * built on first use so that start-up does not pay for it).
 */
import type Database from 'better-sqlite3';
import SearchableMap from 'minisearch/SearchableMap';
import { stemOf } from './stemming';

interface TermRow {
  id: number;
  term: string;
  df: number;
  stem: string;
  family: string;
  display: string;
}

export class Vocabulary {
  terms: string[] = [];
  displays: string[] = [];
  stems: string[] = [];
  families: string[] = [];
  df = new Int32Array(0);
  readonly ids = new Map<string, number>();
  private readonly byStem = new Map<string, number[]>();
  private readonly byFamily = new Map<string, number[]>();
  /** Term ids sorted by term, for prefix ranges. */
  private sorted: number[] = [];
  private fuzzyMap: SearchableMap<number> | null = null;
  /** Other languages' stems of every term, built when a library holds briefings in them. */
  private readonly otherStems = new Map<string, Map<string, number[]>>();

  /** Loads all terms, or those changed after `sinceGen`; returns the ids that changed. */
  load(db: Database.Database, sinceGen = -1): number[] {
    const rows = db
      .prepare('SELECT id, term, df, stem, family, display FROM search_terms WHERE gen > ?')
      .all(sinceGen) as TermRow[];
    const added: number[] = [];
    for (const r of rows) {
      if (r.id >= this.df.length) {
        const grown = new Int32Array(Math.max(r.id + 1, Math.ceil(this.df.length * 1.5), 1024));
        grown.set(this.df);
        this.df = grown;
      }
      this.df[r.id] = r.df;
      this.displays[r.id] = r.display;
      if (this.terms[r.id] === undefined) {
        this.terms[r.id] = r.term;
        this.stems[r.id] = r.stem;
        this.families[r.id] = r.family;
        this.ids.set(r.term, r.id);
        push(this.byStem, r.stem, r.id);
        push(this.byFamily, r.family, r.id);
        this.fuzzyMap?.set(r.term, r.id);
        for (const [lang, map] of this.otherStems) push(map, stemOf(r.term, lang), r.id);
        added.push(r.id);
      }
    }
    if (added.length > 0) this.mergeSorted(added);
    return rows.map((r) => r.id);
  }

  get size(): number {
    return this.ids.size;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Terms with the same stem in language `lang` (English stems are stored with the index). */
  sameStem(term: string, lang = 'en'): number[] {
    if (lang === 'en') return this.byStem.get(stemOf(term)) ?? [];
    let map = this.otherStems.get(lang);
    if (!map) {
      map = new Map();
      for (let id = 0; id < this.terms.length; id++) {
        const t = this.terms[id];
        if (t !== undefined) push(map, stemOf(t, lang), id);
      }
      this.otherStems.set(lang, map);
    }
    return map.get(stemOf(term, lang)) ?? [];
  }

  sameFamily(family: string): number[] {
    return this.byFamily.get(family) ?? [];
  }

  /** Ids of the terms that start with `prefix`, as a range over the sorted terms. */
  prefixRange(prefix: string): number[] {
    const lo = this.lowerBound(prefix);
    const hi = this.lowerBound(prefix + '\uffff');
    return this.sorted.slice(lo, hi);
  }

  /** Terms within `distance` edits of `term`, with their distance. */
  fuzzy(term: string, distance: number): Array<[id: number, distance: number]> {
    if (!this.fuzzyMap) {
      this.fuzzyMap = new SearchableMap<number>();
      for (const id of this.sorted) this.fuzzyMap.set(this.terms[id]!, id);
    }
    return [...this.fuzzyMap.fuzzyGet(term, distance).values()];
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[this.sorted[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private mergeSorted(added: number[]): void {
    const byTerm = (a: number, b: number) => (this.terms[a]! < this.terms[b]! ? -1 : this.terms[a]! > this.terms[b]! ? 1 : 0);
    added.sort(byTerm);
    if (this.sorted.length === 0) {
      this.sorted = added;
      return;
    }
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < added.length) {
      if (j >= added.length || (i < this.sorted.length && byTerm(this.sorted[i]!, added[j]!) <= 0)) merged.push(this.sorted[i++]!);
      else merged.push(added[j++]!);
    }
    this.sorted = merged;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
