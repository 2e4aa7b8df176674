/**
 * Expands each query word into the indexed terms it matches, each with a tier and a weight:
 *
 *   exact (as typed, folded) 16 > same stem 8 > same word family 4 > prefix 2 > approximate 1
 *
 * A match's score is `weight × (1 + saturated BM25)`, always below twice its weight, so a word
 * never ranks a weaker tier above a stronger one. Expansion is bounded: prefixes only from two
 * letters while typing (three otherwise) and only the most frequent completions; approximate
 * matches only for words of four letters or more that are not in the vocabulary as typed (or are
 * rare next to a frequent neighbour), within 1 edit up to 5 letters and 2 beyond. A word that is
 * not in the vocabulary is read as a possible misspelling even when its stem is ("trafficing"
 * stems to *traffic* but was meant as *trafficking*): it also expands to the words one edit away.
 */
import type { Clause, QueryWord } from './query-parser';
import { familyOf, sameFamily, stemOf } from './stemming';
import type { Vocabulary } from './vocabulary';

export type Tier = 'exact' | 'stem' | 'family' | 'prefix' | 'fuzzy';

export const TIER_WEIGHT: Record<Tier, number> = { exact: 16, stem: 8, family: 4, prefix: 2, fuzzy: 1 };
const TIER_ORDER: Tier[] = ['exact', 'stem', 'family', 'prefix', 'fuzzy'];

/** The weakest of two tiers. */
export function weakerTier(a: Tier, b: Tier): Tier {
  return TIER_ORDER.indexOf(a) >= TIER_ORDER.indexOf(b) ? a : b;
}

export interface Variant {
  id: number;
  tier: Tier;
  weight: number;
}

export interface ExpansionLimits {
  /** Most completions of a prefix kept (the most frequent). */
  prefixLimit: number;
  /** Most approximate matches kept (the closest, then the most frequent). */
  fuzzyLimit: number;
  /**
   * The word-family tier: `checked` (default) keeps a Lancaster merge only when the Porter2 stems
   * agree (one extends the other); `lancaster` keeps every Lancaster merge; `off` has no family
   * tier. The relevance script compares the three.
   */
  family?: 'checked' | 'lancaster' | 'off';
}

export const DEFAULT_LIMITS: ExpansionLimits = { prefixLimit: 12, fuzzyLimit: 6 };

export interface ExpandContext {
  vocabulary: Vocabulary;
  /** Stemmer languages of the briefings in the library ("en", "fr", …). */
  languages: readonly string[];
  limits: ExpansionLimits;
}

/** The variants of a word. `typing` says it is the word being typed (prefix from two letters). */
export function expandWord(word: QueryWord, typing: boolean, ctx: ExpandContext): Variant[] {
  const { vocabulary: vocab } = ctx;
  const seen = new Set<number>();
  const variants: Variant[] = [];
  const add = (id: number, tier: Tier, weight = TIER_WEIGHT[tier]) => {
    if (seen.has(id) || vocab.df[id]! <= 0) return;
    seen.add(id);
    variants.push({ id, tier, weight });
  };
  const term = word.term;
  const exact = vocab.id(term);
  if (exact !== undefined) add(exact, 'exact');
  for (const lang of ctx.languages) for (const id of vocab.sameStem(term, lang)) add(id, 'stem');
  const family = ctx.limits.family ?? 'checked';
  if (family !== 'off' && ctx.languages.includes('en') && term.length >= 3 && !/\d/.test(term)) {
    const stem = stemOf(term);
    for (const [id, other] of vocab.sameFamily(familyOf(term))) if (family === 'lancaster' || sameFamily(stem, other)) add(id, 'family');
  }
  const found = variants.length > 0;
  const minPrefix = typing || word.prefix ? 2 : 3;
  if (term.length >= minPrefix && (word.prefix || typing || !found)) {
    const completions = vocab.prefixRange(term).filter((id) => !seen.has(id) && vocab.df[id]! > 0);
    completions.sort((a, b) => vocab.df[b]! - vocab.df[a]!);
    for (const id of completions.slice(0, ctx.limits.prefixLimit)) add(id, 'prefix');
  }
  if (term.length >= 4 && !/\d/.test(term) && !word.prefix && needsFuzzy(term, exact, found, typing, variants.length, vocab)) {
    // Beside a stem match, only the nearest spellings: "policies" should not reach "police".
    const distance = term.length <= 5 || (found && exact === undefined) ? 1 : 2;
    const near = vocab
      .fuzzy(term, distance)
      .filter(([id]) => !seen.has(id) && vocab.df[id]! > 0)
      .sort((a, b) => a[1] - b[1] || vocab.df[b[0]]! - vocab.df[a[0]]!);
    const kept = near.slice(0, ctx.limits.fuzzyLimit);
    for (const [id, d] of kept) add(id, 'fuzzy', d <= 1 ? 1 : 0.6);
    // The word a typo stands for comes with its inflections: "trafficers" is "traffickers", so
    // also "trafficking" (same stem), a little below the near spelling itself.
    for (const [id] of kept) for (const lang of ctx.languages) for (const other of vocab.sameStem(vocab.terms[id]!, lang)) add(other, 'fuzzy', 0.5);
  }
  return variants;
}

/**
 * Approximate matching is for words that look misspelt: not in the vocabulary as typed (whatever
 * their stem matched), or so rare next to a much more frequent word one edit away that they are
 * probably a typo — in the query (Columbia for Colombia) or in a briefing. The word being typed is
 * left to prefix matching unless that found nothing.
 */
function needsFuzzy(term: string, exact: number | undefined, found: boolean, typing: boolean, count: number, vocab: Vocabulary): boolean {
  if (typing) return count === 0;
  if (!found || exact === undefined) return true;
  return term.length >= 5 && frequentNeighbour(term, exact, vocab) !== undefined;
}

/**
 * A word one edit away from an indexed but rare word (2 blocks or fewer) that is at least 20 times
 * as frequent (and in 5 blocks or more), with another stem: the word the rare one was likely meant
 * to be.
 */
function frequentNeighbour(term: string, exact: number, vocab: Vocabulary): number | undefined {
  const df = vocab.df[exact]!;
  if (df > 2) return undefined;
  const stem = stemOf(term);
  let best: number | undefined;
  for (const [id] of vocab.fuzzy(term, 1)) {
    if (vocab.df[id]! < Math.max(5, 20 * df) || stemOf(vocab.terms[id]!) === stem) continue;
    if (best === undefined || vocab.df[id]! > vocab.df[best]!) best = id;
  }
  return best;
}

/**
 * The word a query word was probably meant to be, or undefined when it looks right: for a word not
 * in the vocabulary, the nearest indexed word with another stem (one edit, or two beyond five
 * letters), the most frequent among equals; for a rare indexed word, its much more frequent
 * neighbour. A candidate only — the engine offers it when the corrected query scores clearly better.
 */
export function correctionOf(word: QueryWord, ctx: ExpandContext): string | undefined {
  const vocab = ctx.vocabulary;
  const term = word.term;
  if (word.prefix || term.length < 4 || /\d/.test(term)) return undefined;
  const exact = vocab.id(term);
  if (exact !== undefined && vocab.df[exact]! > 0) {
    const near = term.length >= 5 ? frequentNeighbour(term, exact, vocab) : undefined;
    return near === undefined ? undefined : vocab.display(near);
  }
  const stem = stemOf(term);
  const near = vocab
    .fuzzy(term, term.length <= 5 ? 1 : 2)
    .filter(([id]) => vocab.df[id]! > 0 && stemOf(vocab.terms[id]!) !== stem)
    .sort((a, b) => a[1] - b[1] || vocab.df[b[0]]! - vocab.df[a[0]]!);
  return near.length > 0 ? vocab.display(near[0]![0]) : undefined;
}

/** The variants of a phrase's words: exact terms only (folded: accents and case still ignored). */
export function expandPhrase(clause: Extract<Clause, { kind: 'phrase' }>, ctx: ExpandContext): Variant[][] {
  return clause.words.map((w) => {
    const id = ctx.vocabulary.id(w.term);
    return id === undefined || ctx.vocabulary.df[id]! <= 0 ? [] : [{ id, tier: 'exact' as const, weight: TIER_WEIGHT.exact }];
  });
}

/**
 * "Did you mean": for each word that matched nothing as typed (nor by stem or family), the closest
 * indexed words, most frequent first, in their display form.
 */
export function suggestionsFor(words: readonly QueryWord[], ctx: ExpandContext, limit = 5): string[] {
  const vocab = ctx.vocabulary;
  const out: string[] = [];
  for (const word of words) {
    if (word.term.length < 3 || /\d/.test(word.term)) continue;
    const exact = vocab.id(word.term);
    if (exact !== undefined && vocab.df[exact]! > 0) continue;
    if (ctx.languages.some((lang) => vocab.sameStem(word.term, lang).some((id) => vocab.df[id]! > 0))) continue;
    const near = vocab
      .fuzzy(word.term, word.term.length <= 5 ? 1 : 2)
      .filter(([id]) => vocab.df[id]! > 0)
      .sort((a, b) => a[1] - b[1] || vocab.df[b[0]]! - vocab.df[a[0]]!);
    for (const [id] of near.slice(0, 3)) {
      const display = vocab.display(id);
      if (!out.includes(display)) out.push(display);
    }
  }
  return out.slice(0, limit);
}
