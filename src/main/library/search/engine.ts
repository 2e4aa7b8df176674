/**
 * The search engine over one SQLite connection: keeps the in-memory part of the index (block
 * table, vocabulary, postings cache) in step with the tables, and answers `search` and `suggest`.
 * It never writes; building and repairing the index is the service's job (service.ts).
 */
import type Database from 'better-sqlite3';
import type { QueryReading, SearchHit, SearchRequest, SearchResponse } from '../../../shared/contract/search';
import { matchNotes, readAnnotations, type AnnotationView } from './annotations';
import { CorruptIndexError } from './codec';
import { DocTable } from './doc-table';
import { addCompounds } from './compounds';
import {
  correctionOf,
  DEFAULT_LIMITS,
  expandPhrase,
  expandWord,
  suggestionsFor,
  weakerTier,
  type ExpandContext,
  type ExpansionLimits,
  type Tier
} from './expand';
import { resolveFilters } from './filters';
import { PositionLookup } from './positions';
import { PostingsReader } from './postings-reader';
import { parseQuery, type Clause, type ParsedQuery, type QueryWord } from './query-parser';
import { groupHits, materializeHits } from './results';
import { readMeta, readVersionStamp, type IndexMeta } from './schema';
import { Scorer, type GroupPlan, type OptionPlan } from './scorer';
import { Vocabulary } from './vocabulary';

export type EngineState = 'ready' | 'missing' | 'building' | 'corrupt';

export interface EngineOptions {
  /** Bytes of decoded postings and positions kept between queries (default 48 MiB). */
  cacheBytes?: number;
  limits?: ExpansionLimits;
  /**
   * Benchmarks only: `false` ranks every matching block and sorts them all, as an engine without
   * top-k selection does, to measure what the heap saves.
   */
  topK?: boolean;
}

export const DEFAULT_LIMIT = 20;

export class SearchEngine {
  private docs = new DocTable();
  private vocab: Vocabulary;
  private reader: PostingsReader;
  private scorer: Scorer;
  private meta: IndexMeta | null = null;
  private stamp = '';
  private state: EngineState = 'missing';
  private readonly limits: ExpansionLimits;

  constructor(
    readonly db: Database.Database,
    private readonly options: EngineOptions = {}
  ) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.vocab = new Vocabulary(db);
    this.reader = this.newReader();
    this.scorer = this.newScorer();
  }

  /** Brings the in-memory view up to date with the index tables and says whether it can answer. */
  refresh(): EngineState {
    const stamp = readVersionStamp(this.db);
    if (stamp === this.stamp && stamp !== '') return this.state;
    const meta = readMeta(this.db);
    this.stamp = stamp;
    if (!meta || meta.status !== 'ready') {
      this.meta = null;
      this.state = meta ? 'building' : 'missing';
      return this.state;
    }
    try {
      this.db.transaction(() => {
        if (!this.meta || this.meta.buildId !== meta.buildId) {
          this.meta = meta;
          this.docs = new DocTable();
          this.vocab = new Vocabulary(this.db);
          this.reader = this.newReader();
          this.scorer = this.newScorer();
          this.vocab.load();
          this.docs.load(this.db, meta);
        } else {
          const since = this.meta.gen;
          this.meta = meta;
          this.vocab.load(true);
          this.reader.clear();
          this.docs.load(this.db, meta, since);
        }
      })();
      this.meta = meta;
      this.state = 'ready';
    } catch (error) {
      if (!(error instanceof CorruptIndexError)) throw error;
      this.meta = null;
      this.state = 'corrupt';
    }
    return this.state;
  }

  /** Builds what the first approximate search would otherwise build: call when idle. */
  warm(): void {
    if (this.state === 'ready') this.vocab.fuzzyIndex();
  }

  /** Forgets everything loaded, so the next `refresh` reloads from the tables. */
  reset(): void {
    this.meta = null;
    this.stamp = '';
    this.state = 'missing';
  }

  get indexMeta(): IndexMeta | null {
    return this.meta;
  }

  /**
   * Answers a search. Call `refresh()` first; throws `CorruptIndexError` when a damaged row is met,
   * and `QueryCancelled` when `cancelled()` turns true.
   */
  search(request: SearchRequest, cancelled: () => boolean = () => false): SearchResponse {
    const started = performance.now();
    return this.db.transaction(() => {
      const parsed = parseQuery(request.query);
      let annotations: AnnotationView | null = null;
      const annotationView = () => (annotations ??= readAnnotations(this.db));
      const ctx = this.expandContext();
      const typingClause = request.asYouType && parsed.endsInWord ? lastClause(parsed) : null;
      const notes = [...parsed.notes];
      const { groups, compoundPhrases } = this.planGroups(parsed, typingClause, ctx, annotationView, notes);
      const excluded = parsed.excluded.map((clause) => this.planExcluded(clause, ctx));
      const resolved = resolveFilters(request.filters, parsed, { docs: this.docs, vocab: this.vocab, reader: this.reader, annotations: annotationView });
      notes.push(...resolved.notes);

      const limit = request.limit ?? DEFAULT_LIMIT;
      const offset = request.offset ?? 0;
      const want = this.options.topK === false ? Infinity : offset + limit;
      const { total, top } = this.rank(groups, excluded, resolved, want, cancelled);
      const page = top.slice(offset, offset + limit);
      const phrases = [
        ...parsed.groups.flat().flatMap((c) => (c.kind === 'phrase' ? [c.words.map((w) => w.term)] : [])),
        ...compoundPhrases.map((ids) => ids.map((id) => this.vocab.terms[id]!))
      ];
      const explained = new Map(page.map(({ doc }) => [doc, this.scorer.explain(doc, groups)]));
      const termsFor = (doc: number) => ({
        words: new Set(explained.get(doc)?.termIds.map((id) => this.vocab.terms[id]!) ?? []),
        phrases
      });
      const hits: SearchHit[] = materializeHits(this.db, page, termsFor).map((hit) => ({
        ...hit,
        match: matchKind(explained.get(hit.blockId)?.tiers ?? [])
      }));
      const typedWords = parsed.groups.flat().flatMap((c) => (c === typingClause ? [] : clauseWords(c)));
      return {
        query: request.query,
        reading: reading(parsed, resolved.filters, notes),
        total,
        hits,
        groups: groupHits(hits),
        suggestions: suggestionsFor(typedWords, ctx),
        didYouMean: this.didYouMean(request, parsed, typingClause, top[0]?.score ?? 0, annotationView, cancelled),
        elapsedMs: Math.round((performance.now() - started) * 100) / 100
      };
    })();
  }

  /**
   * Completions for the word being typed, as whole queries ("cocaine sei" → "cocaine seizures"),
   * the most frequent words first, in their display form (with accents).
   */
  suggest(query: string, limit = 8): string[] {
    const match = /(^|[\s"(])([^\s"()]+)$/u.exec(query);
    if (!match) return [];
    const head = query.slice(0, query.length - match[2]!.length);
    const word = parseQuery(match[2]!).groups[0]?.[0];
    if (!word || word.kind !== 'word' || word.word.term.length < 1) return [];
    const vocab = this.vocab;
    const ids = vocab.prefixRange(word.word.term).filter((id) => vocab.df[id]! > 0 && vocab.terms[id] !== word.word.term);
    ids.sort((a, b) => vocab.df[b]! - vocab.df[a]!);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const id of ids) {
      const display = vocab.display(id);
      if (seen.has(display)) continue;
      seen.add(display);
      out.push(head + display);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The groups to score, each clause expanded, with the other spellings of compounds added; and the
   * two-word phrases a compound query word was split into (for marking them in snippets).
   */
  private planGroups(
    parsed: ParsedQuery,
    typingClause: Clause | null,
    ctx: ExpandContext,
    annotationView: () => AnnotationView,
    notes: string[]
  ): { groups: GroupPlan[]; compoundPhrases: number[][] } {
    const planned: Array<{ clauses: Clause[]; plan: GroupPlan }> = [];
    for (const group of parsed.groups) {
      const options = group.map((clause) => this.plan(clause, clause === typingClause, ctx, annotationView));
      if (group.length === 1 && group[0] === typingClause && typingClause.kind === 'word' && isEmpty(options[0]!) && typingClause.word.term.length < 2) {
        notes.push(`Keep typing: "${typingClause.word.text}" is too short to complete.`);
        continue;
      }
      planned.push({ clauses: group, plan: { options } });
    }
    const compoundPhrases = addCompounds(planned, typingClause, this.vocab);
    const groups = planned.map((p) => p.plan);
    groups.sort((a, b) => cost(a, this.vocab) - cost(b, this.vocab));
    return { groups, compoundPhrases };
  }

  /** Scores the planned groups: the number of matching blocks and the best `want` of them, ranked. */
  private rank(
    groups: GroupPlan[],
    excluded: OptionPlan[],
    resolved: ReturnType<typeof resolveFilters>,
    want: number,
    cancelled: () => boolean
  ): { total: number; top: Array<{ doc: number; score: number }> } {
    if (groups.length > 0) {
      const { total, top } = this.scorer.score({ groups, excluded, allowed: resolved.allowed, range: resolved.range, want, cancelled });
      return { total, top: top.slice(0, want) };
    }
    return resolved.allowed ? this.listFiltered(resolved.allowed, want) : { total: 0, top: [] };
  }

  /**
   * "Did you mean": the query with its likely misspellings corrected, when that query's best block
   * scores clearly better than the best block of the query as typed (a typo matched only through its
   * stem or an approximate spelling scores far below the word itself). The word being typed is left
   * alone: it is still a prefix.
   */
  private didYouMean(
    request: SearchRequest,
    parsed: ParsedQuery,
    typingClause: Clause | null,
    bestScore: number,
    annotationView: () => AnnotationView,
    cancelled: () => boolean
  ): string | undefined {
    const ctx = this.expandContext();
    let corrected = request.query;
    let changed = false;
    for (const clause of parsed.groups.flat()) {
      if (clause.kind !== 'word' || clause === typingClause) continue;
      const fix = correctionOf(clause.word, ctx);
      if (fix === undefined) continue;
      corrected = replaceWord(corrected, clause.word.text, fix);
      changed = true;
    }
    if (!changed || corrected === request.query) return undefined;
    const reparsed = parseQuery(corrected);
    const { groups } = this.planGroups(reparsed, null, ctx, annotationView, []);
    const excluded = reparsed.excluded.map((clause) => this.planExcluded(clause, ctx));
    const resolved = resolveFilters(request.filters, reparsed, { docs: this.docs, vocab: this.vocab, reader: this.reader, annotations: annotationView });
    const best = this.rank(groups, excluded, resolved, 1, cancelled).top[0]?.score ?? 0;
    return best > CLEARLY_BETTER * bestScore ? corrected : undefined;
  }

  private plan(clause: Clause, typing: boolean, ctx: ExpandContext, annotations: () => AnnotationView): OptionPlan {
    if (clause.kind === 'phrase') return { kind: 'phrase', words: expandPhrase(clause, ctx) };
    const view = annotations();
    return { kind: 'word', variants: expandWord(clause.word, typing, ctx), notes: matchNotes(view, clause.word, typing, ctx.languages) };
  }

  /** An excluded word takes its exact and same-stem forms out, never prefixes or near spellings. */
  private planExcluded(clause: Clause, ctx: ExpandContext): OptionPlan {
    if (clause.kind === 'phrase') return { kind: 'phrase', words: expandPhrase(clause, ctx) };
    const variants = expandWord(clause.word, false, ctx).filter((v) => v.tier === 'exact' || v.tier === 'stem' || (clause.word.prefix && v.tier === 'prefix'));
    return { kind: 'word', variants, notes: new Map() };
  }

  private expandContext(): ExpandContext {
    return { vocabulary: this.vocab, languages: this.docs.languages, limits: this.limits };
  }

  /** A search with filters and no words lists the matching blocks in reading order. */
  private listFiltered(allowed: (doc: number) => boolean, want: number): { total: number; top: Array<{ doc: number; score: number }> } {
    const top: Array<{ doc: number; score: number }> = [];
    let total = 0;
    for (let doc = 0; doc < this.docs.capacity; doc++) {
      if (!this.docs.has(doc) || !allowed(doc)) continue;
      total++;
      if (top.length < want) top.push({ doc, score: 0 });
    }
    return { total, top };
  }

  private newReader(): PostingsReader {
    return new PostingsReader(
      this.db,
      () => this.docs.capacity - 1,
      () => Math.ceil(this.docs.capacity / (this.meta?.shardSize ?? 4096)),
      this.options.cacheBytes
    );
  }

  private newScorer(): Scorer {
    const positions = new PositionLookup(this.reader, this.meta?.shardSize ?? 4096);
    return new Scorer(this.docs, this.vocab, this.reader, positions, () => {
      const meta = this.meta;
      const n = Math.max(1, meta?.docCount ?? 1);
      return {
        text: Math.max(1, (meta?.textTotal ?? 1) / n),
        heading: Math.max(1, (meta?.headingTotal ?? 1) / n),
        title: Math.max(1, (meta?.titleTotal ?? 1) / n)
      };
    });
  }
}

/** How much higher the corrected query's best score must be for "did you mean" to be offered. */
const CLEARLY_BETTER = 1.25;

/** `query` with the word `typed` (the first time it stands alone) replaced by `fix`, keeping a capital. */
function replaceWord(query: string, typed: string, fix: string): string {
  const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  const cased = /^\p{Lu}/u.test(typed) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
  return query.replace(pattern, (_m, before: string) => before + cased);
}

function lastClause(parsed: ParsedQuery): Clause | null {
  const group = parsed.groups[parsed.groups.length - 1];
  return group?.[group.length - 1] ?? null;
}

function isEmpty(option: OptionPlan): boolean {
  return option.kind === 'word' ? option.variants.length === 0 && option.notes.size === 0 : option.words.some((w) => w.length === 0);
}

/** Postings a group will read: most selective groups go first. */
function cost(group: GroupPlan, vocab: Vocabulary): number {
  let total = 0;
  for (const option of group.options) {
    if (option.kind === 'word') for (const v of option.variants) total += vocab.df[v.id]!;
    else total += Math.min(...option.words.map((w) => (w[0] ? vocab.df[w[0].id]! : 0)));
  }
  return total;
}

function clauseWords(clause: Clause): QueryWord[] {
  return clause.kind === 'word' ? [clause.word] : clause.words;
}

/** The weakest way any group matched a block: what the user should be told about the hit. */
function matchKind(tiers: ReadonlyArray<Tier | null>): SearchHit['match'] {
  let kind: Tier = 'exact';
  for (const tier of tiers) if (tier) kind = weakerTier(kind, tier);
  return kind === 'family' ? 'stem' : kind;
}

function reading(parsed: ParsedQuery, filters: QueryReading['filters'], notes: string[]): QueryReading {
  const text = (clause: Clause) => (clause.kind === 'word' ? clause.word.text + (clause.word.prefix ? '*' : '') : clause.text);
  return {
    terms: parsed.groups.filter((g) => g.length === 1 && g[0]!.kind === 'word').map((g) => text(g[0]!)),
    phrases: parsed.groups.filter((g) => g.length === 1 && g[0]!.kind === 'phrase').map((g) => text(g[0]!)),
    excluded: parsed.excluded.map(text),
    alternatives: parsed.groups.filter((g) => g.length > 1).map((g) => g.map(text)),
    filters,
    notes
  };
}
