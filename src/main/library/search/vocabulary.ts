/**
 * The vocabulary: what a query word can expand to. In memory only what every keystroke needs —
 * the terms in sorted order with their block frequencies, so that exact lookup and prefix ranges
 * are binary searches (microseconds, where walking a radix tree for a short prefix takes
 * milliseconds) — and, built on first use, MiniSearch's `SearchableMap` for approximate matches
 * (`fuzzyGet`). Stems, word families and display forms stay in SQLite (indexed columns of
 * `search_terms`) and are read for the few words of a query, which keeps start-up short.
 */
import type Database from 'better-sqlite3';
import SearchableMap from 'minisearch/SearchableMap';
import { stemOf } from './stemming';

export class Vocabulary {
  /** Term of each id. */
  terms: string[] = [];
  /** Block frequency of each id (0 for ids not loaded or no longer used). */
  df = new Int32Array(0);
  /** Terms in code-unit order, and their ids. */
  private sortedTerms: string[] = [];
  private sortedIds: number[] = [];
  private fuzzyMap: SearchableMap<number> | null = null;
  /** Other languages' stems of every term, built when a library holds briefings in them. */
  private readonly otherStems = new Map<string, Map<string, number[]>>();
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      all: db.prepare('SELECT id, term FROM search_terms ORDER BY term').raw(),
      after: db.prepare('SELECT id, term FROM search_terms WHERE id > ?').raw(),
      frequencies: db.prepare('SELECT id, df FROM search_df').raw(),
      byStem: db.prepare('SELECT id FROM search_terms WHERE stem = ?').pluck(),
      byFamily: db.prepare('SELECT id, stem FROM search_terms WHERE family = ?').raw(),
      display: db.prepare('SELECT display FROM search_terms WHERE id = ?').pluck()
    };
  }

  /**
   * Loads all terms, or (`update`) those added since the last load; block frequencies are reloaded
   * whole either way — one narrow table, a few milliseconds.
   */
  load(update = false): void {
    const rows = (update ? this.statements.after.all(this.terms.length - 1) : this.statements.all.all()) as Array<[number, string]>;
    const added: number[] = [];
    for (const [id, term] of rows) {
      if (this.terms[id] !== undefined) continue;
      this.terms[id] = term;
      this.fuzzyMap?.set(term, id);
      for (const [lang, map] of this.otherStems) push(map, stemOf(term, lang), id);
      added.push(id);
    }
    if (!update) {
      // SQLite orders by UTF-8 bytes, JavaScript by UTF-16 units: the same except past U+FFFF.
      this.sortedTerms = rows.map((r) => r[1]);
      this.sortedIds = rows.map((r) => r[0]);
      if (!isSorted(this.sortedTerms)) this.resort();
    } else if (added.length > 0) this.insertSorted(added);
    const df = new Int32Array(Math.max(this.terms.length, 1024));
    for (const [id, count] of this.statements.frequencies.all() as Array<[number, number]>) if (id < df.length) df[id] = count;
    this.df = df;
  }

  get size(): number {
    return this.sortedTerms.length;
  }

  id(term: string): number | undefined {
    const at = this.lowerBound(term);
    return this.sortedTerms[at] === term ? this.sortedIds[at] : undefined;
  }

  /** Terms with the same stem in language `lang` (English stems are stored with the index). */
  sameStem(term: string, lang = 'en'): number[] {
    if (lang === 'en') return (this.statements.byStem.all(stemOf(term)) as number[]).filter((id) => this.known(id));
    let map = this.otherStems.get(lang);
    if (!map) {
      map = new Map();
      this.terms.forEach((t, id) => push(map!, stemOf(t, lang), id));
      this.otherStems.set(lang, map);
    }
    return map.get(stemOf(term, lang)) ?? [];
  }

  /** Terms of a word family (English Lancaster stem), with their English stems. */
  sameFamily(family: string): Array<[id: number, stem: string]> {
    return (this.statements.byFamily.all(family) as Array<[number, string]>).filter(([id]) => this.known(id));
  }

  /** The display form of a term: with the accents and apostrophes its folded form lost. */
  display(id: number): string {
    return (this.statements.display.get(id) as string | undefined) ?? this.terms[id] ?? '';
  }

  /** Ids of the terms that start with `prefix`. */
  prefixRange(prefix: string): number[] {
    return this.sortedIds.slice(this.lowerBound(prefix), this.lowerBound(prefix + '\uffff'));
  }

  /** Terms within `distance` edits of `term`, with their distance. */
  fuzzy(term: string, distance: number): Array<[id: number, distance: number]> {
    return [...this.fuzzyIndex().fuzzyGet(term, distance).values()];
  }

  /** Builds the radix tree for approximate matching now (a worker does it once it is idle). */
  fuzzyIndex(): SearchableMap<number> {
    if (!this.fuzzyMap) {
      this.fuzzyMap = new SearchableMap<number>();
      for (let i = 0; i < this.sortedTerms.length; i++) this.fuzzyMap.set(this.sortedTerms[i]!, this.sortedIds[i]!);
    }
    return this.fuzzyMap;
  }

  /** Whether an id read from SQLite is in the loaded view (a newer write may not be yet). */
  private known(id: number): boolean {
    return this.terms[id] !== undefined;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedTerms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertSorted(added: number[]): void {
    for (const id of added.sort((a, b) => compare(this.terms[a]!, this.terms[b]!)).reverse()) {
      const at = this.lowerBound(this.terms[id]!);
      this.sortedTerms.splice(at, 0, this.terms[id]!);
      this.sortedIds.splice(at, 0, id);
    }
  }

  private resort(): void {
    const order = this.sortedIds.map((_, i) => i).sort((a, b) => compare(this.sortedTerms[a]!, this.sortedTerms[b]!));
    this.sortedTerms = order.map((i) => this.sortedTerms[i]!);
    this.sortedIds = order.map((i) => this.sortedIds[i]!);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
