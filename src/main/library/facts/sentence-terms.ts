/**
 * The words of a sentence with their part of speech, from compromise: what the measure, entity and
 * counted-noun rules read. Only the parts of a sentence those rules look at are tagged (tag-spans.ts
 * chooses them): compromise's tagging costs about ten microseconds a word.
 */
import { compromiseLibrary } from './libraries';

export interface Term {
  text: string;
  /** Lower-cased, without possessive or punctuation. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation written after the word (",", ";", ")"…). */
  post: string;
  /** Words stand between this term and the previous one that were not tagged: no phrase runs across. */
  afterGap: boolean;
}

interface CompromiseTerm {
  text: string;
  machine?: string;
  normal: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * compromise's tagging steps short of its post-tagger: the lexicon (places, countries,
 * organisations, units) and the word-shape tagger, with the term index the case rules read (a
 * capital is a name's only past a sentence's first word) and the pass that splits possessives
 * ("country's"). The post-tagger's contextual corrections cost three quarters of the tagging time
 * and change none of the labelled fixtures' facts; the steps `tokenize` already ran (contractions,
 * aliases, machine forms) or that only serve other compromise methods (ids, freezing, typeahead)
 * are not run again, a third of what was left.
 */
const STEPS = ['index', 'lexicon', 'preTagger', 'contractionTwo'];

/**
 * The terms of the given spans of a sentence, in order, with offsets in the sentence. Each span is
 * tagged on its own, as compromise tags a sentence clause by clause; a span's first word is read as
 * a sentence's first only where it is one.
 */
export function tagSpans(sentence: string, spans: ReadonlyArray<{ start: number; end: number }>): Term[] {
  return spans.flatMap((span, n) => {
    // A word of the sentence before the span keeps its first word from being read as a sentence's
    // first (whose capital says nothing); that word's own term is dropped.
    const before = sentence.slice(Math.max(0, span.start - 40), span.start);
    const lead = span.start - before.length + (/\S+\s+$/.exec(before)?.index ?? before.length);
    const terms = tagText(sentence.slice(lead, span.end), lead).filter((t) => t.start >= span.start);
    if (terms[0] && n > 0) terms[0].afterGap = true;
    return terms;
  });
}

/** The terms of `text`, standing at `offset` in its sentence. */
function tagText(text: string, offset: number): Term[] {
  const doc = compromiseLibrary().tokenize(text);
  doc.compute(STEPS);
  const json = doc.json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>;
  return json.flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      normal: t.machine ?? t.normal,
      start: offset + t.offset.start,
      end: offset + t.offset.start + t.offset.length,
      tags: new Set(t.tags),
      post: t.post,
      afterGap: false
    }))
  );
}

export const isNounLike = (t: Term): boolean => t.tags.has('Noun') || t.tags.has('Adjective');
export const isPlace = (t: Term): boolean => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('Organization');
