/**
 * The words around a figure: its qualifier ("about", "more than", "a record"), what it measures
 * ("cocaine", "homicide rate"), who or where it is about (Ecuador, EU Member States), and whether a
 * bare number counts something ("45 armed conflicts") or is not a statistic at all.
 */
import { isNounLike, isPlace, type Term } from './sentence-terms';

/** Qualifiers, longest first so that "more than" wins over "than". */
const QUALIFIERS = [
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'close to',
  'just over',
  'just under',
  'an estimated',
  'a record',
  'a total of',
  'around',
  'about',
  'almost',
  'nearly',
  'approximately',
  'roughly',
  'some',
  'over',
  'under',
  'record',
  'fully',
  'only',
  'estimated',
  'below',
  'above'
];

/** The qualifier written just before `at` ("about 45" → about). */
export function qualifierBefore(text: string, at: number): { qualifier: string; start: number } | null {
  const before = text
    .slice(Math.max(0, at - 20), at)
    .toLowerCase()
    .trimEnd();
  for (const q of QUALIFIERS) {
    if (before.endsWith(q) && !/[a-z]/.test(before[before.length - q.length - 1] ?? '')) {
      const normal = q === 'a record' ? 'record' : q === 'an estimated' ? 'estimated' : q === 'a total of' ? 'total' : q;
      return { qualifier: normal, start: at - (text.slice(0, at).length - text.slice(0, at).trimEnd().length) - q.length };
    }
  }
  return null;
}

/** Words that end a measure phrase: compromise often reads a trend verb after a noun as a noun ("rate rose"). */
const TREND_WORDS = new Set([
  'rose',
  'fell',
  'increased',
  'decreased',
  'doubled',
  'tripled',
  'grew',
  'reached',
  'stood',
  'dropped',
  'declined',
  'amounted',
  'worth',
  'alone'
]);

/** Nouns of change after a figure ("a 416 % increase in …"). */
const CHANGE_WORDS = new Set(['increase', 'rise', 'decrease', 'drop', 'fall', 'growth', 'decline', 'reduction', 'share', 'cut']);

const STOP = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'all',
  'some',
  'total',
  'record',
  'highest',
  'share'
]);

function cleanPhrase(all: readonly Term[]): string | null {
  const cut = all.findIndex((t) => TREND_WORDS.has(t.normal));
  const terms = cut === -1 ? all : all.slice(0, cut);
  const words = terms
    .map((t) => t.text.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w, i) => w !== '' && !(i === 0 && STOP.has(w.toLowerCase())));
  while (words.length > 0 && STOP.has(words[0]!.toLowerCase())) words.shift();
  const phrase = words.join(' ').trim();
  return phrase === '' ? null : phrase.toLowerCase();
}

/** A run of nouns and adjectives starting at index `from` and going forward, without places or numbers. */
function nounRunAfter(terms: readonly Term[], from: number): Term[] {
  const run: Term[] = [];
  for (let i = from; i < terms.length; i++) {
    const t = terms[i]!;
    if (i > from && t.afterGap) break;
    if (t.tags.has('Determiner') && run.length === 0) continue;
    if (!isNounLike(t) || t.tags.has('Value') || isPlace(t) || t.tags.has('Verb')) break;
    run.push(t);
    if (/[,;:)–]/.test(t.post) || run.length >= 4) break;
  }
  return run;
}

/** A run of nouns and adjectives ending just before index `before`, going backward within the clause. */
function nounRunBefore(terms: readonly Term[], before: number): Term[] {
  const run: Term[] = [];
  for (let i = before - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (terms[i + 1]?.afterGap) break;
    if (/[,;:(]/.test(t.post) && run.length > 0) break;
    if (!isNounLike(t) || t.tags.has('Value') || isPlace(t) || t.tags.has('Pronoun')) {
      if (run.length > 0) break;
      continue;
    }
    run.unshift(t);
    if (run.length >= 4) break;
  }
  return run;
}

/** The index of the first term starting at or after `offset`. */
function termIndexAt(terms: readonly Term[], offset: number): number {
  const index = terms.findIndex((t) => t.start >= offset);
  return index === -1 ? terms.length : index;
}

/** Participles that name the people counted ("over 1 300 injured"). */
const COUNTED_PARTICIPLES = new Set(['injured', 'wounded', 'dead', 'killed', 'displaced', 'missing', 'arrested', 'detained', 'employed', 'unemployed']);

/** The counted noun right after a bare number ("45 armed conflicts", "66 Peruvians"), or null. */
export function countedNoun(terms: readonly Term[], end: number): string | null {
  let index = termIndexAt(terms, end);
  const first = terms[index];
  if (!first || first.start - end > 2) return null;
  if (COUNTED_PARTICIPLES.has(first.normal)) return first.normal;
  // "45 armed conflicts": compromise may read the participle as a verb.
  const skipped = first.tags.has('Verb') && first.normal.endsWith('ed') && terms[index + 1]?.tags.has('Plural') ? first : null;
  if (skipped) index++;
  const run = nounRunAfter(terms, index);
  // The counted noun is the last plural of the run: "45 armed conflicts ongoing".
  const head = run.findLastIndex((t) => t.tags.has('Plural') && t.tags.has('Noun'));
  if (head === -1) return null;
  const counted = run.slice(0, head + 1);
  return cleanPhrase(skipped ? [skipped, ...counted] : counted);
}

/**
 * What the figure measures: the noun phrase after "of" ("303 tonnes of cocaine" → cocaine), else the
 * nearest noun phrase before it in its clause ("the homicide rate rose from 13.7" → homicide rate).
 */
export function measureOf(terms: readonly Term[], start: number, end: number): string | null {
  let after = termIndexAt(terms, end);
  // "a 416 % increase in the European cocaine market": the change is not the measure, its object is.
  if (CHANGE_WORDS.has(terms[after]?.normal ?? '') && /^(in|of)$/.test(terms[after + 1]?.normal ?? '')) after++;
  if (terms[after]?.normal === 'of' || (after > 0 && CHANGE_WORDS.has(terms[after - 1]?.normal ?? '') && terms[after]?.normal === 'in')) {
    const phrase = cleanPhrase(nounRunAfter(terms, after + 1));
    if (phrase) return phrase;
  }
  const before = cleanPhrase(nounRunBefore(terms, termIndexAt(terms, start)));
  if (before) return before;
  return cleanPhrase(nounRunAfter(terms, after));
}

/**
 * Who or where the figure is about: the nearest run of place or organisation names in the sentence
 * ("EU Member State", "Ecuador"), preferring one before the figure at equal distance.
 */
export function entityOf(terms: readonly Term[], start: number, end: number): string | null {
  const runs: Array<{ text: string; start: number; end: number; index: number }> = [];
  for (let i = 0; i < terms.length; i++) {
    if (!isPlace(terms[i]!) || !/^\p{Lu}/u.test(terms[i]!.text)) continue;
    // "North Africa", "Apparel & Footwear Association": capitalised words the lexicon does not know lead into the name.
    let first = i;
    while (first > 0 && first - 1 > (runs.at(-1)?.index ?? -1) && !terms[first]!.afterGap && leadsIntoName(terms[first - 1]!)) first--;
    const run = terms.slice(first, i + 1);
    while (
      i + 1 < terms.length &&
      !terms[i + 1]!.afterGap &&
      (isPlace(terms[i + 1]!) || terms[i + 1]!.tags.has('ProperNoun')) &&
      !/[,;:()]/.test(terms[i]!.post)
    )
      run.push(terms[++i]!);
    runs.push({
      text: run.map((t) => t.text.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '')).join(' '),
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      index: i
    });
  }
  let best: { text: string; distance: number } | null = null;
  for (const run of runs) {
    // A name after the figure counts three times its distance: "Colombia … (61 %), followed by Peru".
    const distance = run.end <= start ? start - run.end : (run.start - end) * 3 + 1;
    if (distance < 0) continue;
    if (!best || distance < best.distance) best = { text: run.text, distance };
  }
  return best?.text || null;
}

/** A capitalised noun or adjective with nothing between it and the next word but a space or "&". */
function leadsIntoName(t: Term): boolean {
  return /^\p{Lu}/u.test(t.text) && isNounLike(t) && !t.tags.has('Determiner') && !t.tags.has('Preposition') && /^\s*(?:&\s*)?$/.test(t.post);
}
