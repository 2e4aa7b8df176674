/**
 * Word forms that count as the same word: the Snowball stemmer of a briefing's language (Porter2
 * for English) decides the "stem" tier — seizure/seizures, trafficker/trafficking — and, for
 * English, the Lancaster stemmer a wider, lower-weighted "family" tier — seizure/seized — kept only
 * where the two stemmers agree the words are related (`sameFamily`), which rejects most of
 * Lancaster's false merges such as general/generate or all/alliance.
 */
import { lancasterStemmer } from 'lancaster-stemmer';
import { createRequire } from 'node:module';
import { stem as porter2 } from 'porter2';
import type * as Snowball from 'snowball-stemmers';

type Stemmer = Snowball.Stemmer;

/** BCP 47 primary language subtags with a Snowball stemmer. */
const SNOWBALL_LANGUAGES: Record<string, string> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  hu: 'hungarian',
  it: 'italian',
  ga: 'irish',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  es: 'spanish',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish'
};

// English, by far the most common, uses `porter2`: the same algorithm as Snowball's English stemmer,
// giving the same stems (checked on every word of the bundled and sample briefings by the tests),
// about ten times faster — stemming every new word was most of the cost of importing a briefing.
const stemmers = new Map<string, Stemmer>([['en', { stem: porter2 }]]);

/** The Snowball language for a BCP 47 tag, falling back to English for unknown languages. */
export function stemmerLanguage(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return SNOWBALL_LANGUAGES[primary] ? primary : 'en';
}

/** The Snowball stem of a folded term in language `lang` (a value of `stemmerLanguage`). */
export function stemOf(term: string, lang = 'en'): string {
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    // Loaded on first use: most libraries are English only, and its two dozen stemmers are the
    // slowest module to load of a command-line start.
    const { newStemmer } = createRequire(import.meta.url)('snowball-stemmers') as typeof Snowball;
    stemmer = newStemmer(SNOWBALL_LANGUAGES[lang] ?? 'english');
    stemmers.set(lang, stemmer);
  }
  // Digits and one-letter words have no inflections worth merging.
  return term.length < 3 || /\d/.test(term) ? term : stemmer.stem(term);
}

/** The English Lancaster stem of a folded term: the key of its word family. */
export function familyOf(term: string): string {
  return term.length < 3 || /\d/.test(term) ? term : lancasterStemmer(term);
}

/**
 * Whether two terms of the same Lancaster family are related closely enough to match: their
 * Porter2 stems must agree up to a short ending (seiz/seizur, produc/product), and the shorter one
 * must have four letters or more — Lancaster's merges of short stems (the/these, all/alliance,
 * six/sixth) are mostly wrong; `npm run relevance` lists what this keeps and rejects.
 */
export function sameFamily(stemA: string, stemB: string): boolean {
  const [short, long] = stemA.length <= stemB.length ? [stemA, stemB] : [stemB, stemA];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}
