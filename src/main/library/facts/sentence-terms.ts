/**
 * The words of a sentence with their part of speech, from compromise: what the measure, entity and
 * counted-noun rules read. One tagging per sentence that holds a candidate figure.
 */
import nlp from 'compromise/two';

export interface Term {
  text: string;
  /** Lower-cased, without possessive or punctuation. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation written after the word (",", ";", ")"…). */
  post: string;
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

/** The sentence's terms in order, with offsets in the sentence. */
export function tagSentence(sentence: string): Term[] {
  const doc = nlp.tokenize(sentence);
  doc.compute(STEPS);
  const json = doc.json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>;
  return json.flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      normal: t.machine ?? t.normal,
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      tags: new Set(t.tags),
      post: t.post
    }))
  );
}

export const isNounLike = (t: Term): boolean => t.tags.has('Noun') || t.tags.has('Adjective');
export const isPlace = (t: Term): boolean => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('Organization');
