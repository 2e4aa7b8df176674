/**
 * Compounds written three ways — "narcoterrorism", "narco-terrorism", "narco terrorism" — are one
 * word to a reader. The tokenizer cuts at hyphens, so a hyphenated compound is indexed as two
 * adjacent words; these helpers let a query in any of the three spellings reach the other two:
 *
 * - a query word that splits into two indexed words is also looked for as that two-word phrase
 *   (narcoterrorism → "narco terrorism", which is how narco-terrorism was indexed);
 * - query words that, written together, make an indexed word also match that word
 *   (counter narcotic, "counter-narcotic" → counternarcotic).
 *
 * Compound matches rank with the stem tier: another spelling of the same word, never above the
 * word as typed.
 */
import { TIER_WEIGHT, type Variant } from './expand';
import type { Clause } from './query-parser';
import type { GroupPlan } from './scorer';
import type { Vocabulary } from './vocabulary';

/** Each part of a split is at least this long, so "a", "an" or "re" never count as words of it. */
const MIN_PART = 3;
/** Shorter words are not compounds worth splitting. */
const MIN_COMPOUND = 2 * MIN_PART + 1;
/** At most this many ways of splitting one word are tried (the most frequent parts first). */
const MAX_SPLITS = 3;

/**
 * The two-word phrases `term` splits into, both words indexed: each is a phrase of two variants
 * whose weights add up to the stem tier's (a phrase scores the sum of its words).
 */
export function splitsOf(term: string, vocab: Vocabulary): Variant[][][] {
  if (term.length < MIN_COMPOUND || /\d/.test(term)) return [];
  const found: Array<{ ids: [number, number]; df: number }> = [];
  for (let at = MIN_PART; at <= term.length - MIN_PART; at++) {
    const head = indexed(term.slice(0, at), vocab);
    const tail = head === undefined ? undefined : indexed(term.slice(at), vocab);
    if (head !== undefined && tail !== undefined) found.push({ ids: [head, tail], df: Math.min(vocab.df[head]!, vocab.df[tail]!) });
  }
  found.sort((a, b) => b.df - a.df);
  const weight = TIER_WEIGHT.stem / 2;
  return found.slice(0, MAX_SPLITS).map(({ ids }) => ids.map((id) => [{ id, tier: 'stem' as const, weight }]));
}

/** The indexed word that `terms` make when written together (counter + narcotic → counternarcotic). */
export function joinedVariant(terms: readonly string[], vocab: Vocabulary): Variant | null {
  if (terms.length < 2 || terms.some((t) => t.length < 2 || /\d/.test(t))) return null;
  const id = indexed(terms.join(''), vocab);
  return id === undefined ? null : { id, tier: 'stem', weight: TIER_WEIGHT.stem };
}

/**
 * Adds the other spellings of compounds to planned groups (each the clauses of a query group and
 * their plans, in query order): a word's two-word splits as phrase options, a phrase's joined
 * word as a word option, and the word two adjacent query words make as a variant of both (so a
 * block with "counternarcotic" matches "counter" and "narcotic" alike). The word being typed is
 * still a prefix and is left alone. Returns the split phrases, for marking in snippets.
 */
export function addCompounds(planned: ReadonlyArray<{ clauses: Clause[]; plan: GroupPlan }>, typing: Clause | null, vocab: Vocabulary): number[][] {
  const phrases: number[][] = [];
  const plainWord = (clauses: Clause[]) => {
    const clause = clauses.length === 1 ? clauses[0]! : null;
    return clause && clause !== typing && clause.kind === 'word' && !clause.word.prefix ? clause.word : null;
  };
  for (const { clauses, plan } of planned) {
    const word = plainWord(clauses);
    if (word) {
      for (const split of splitsOf(word.term, vocab)) {
        plan.options.push({ kind: 'phrase', words: split });
        phrases.push(split.map((v) => v[0]!.id));
      }
    }
    const clause = clauses[0]!;
    if (clauses.length === 1 && clause.kind === 'phrase') {
      const joined = joinedVariant(
        clause.words.map((w) => w.term),
        vocab
      );
      if (joined) plan.options.push({ kind: 'word', variants: [joined], notes: new Map() });
    }
  }
  for (let i = 0; i + 1 < planned.length; i++) {
    const [a, b] = [plainWord(planned[i]!.clauses), plainWord(planned[i + 1]!.clauses)];
    const joined = a && b ? joinedVariant([a.term, b.term], vocab) : null;
    if (!joined) continue;
    for (const { plan } of [planned[i]!, planned[i + 1]!]) {
      const option = plan.options[0]!;
      if (option.kind === 'word' && !option.variants.some((v) => v.id === joined.id)) option.variants.push(joined);
    }
  }
  return phrases;
}

function indexed(term: string, vocab: Vocabulary): number | undefined {
  const id = vocab.id(term);
  return id !== undefined && vocab.df[id]! > 0 ? id : undefined;
}
