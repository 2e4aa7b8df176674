/**
 * Numbers that are not statistics: dates ("24 January 2024"), ordinals ("24th"), references to
 * articles, pages, figures and tables, list numbering, parts of names ("COVID-19", "G20") and note
 * calls ("[3]"). Years are read separately, as periods.
 */

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec'
]);

/** Lengths of time in years: "within 10 years", "almost 30 years ago" date a story, they are not its figures. */
const DURATIONS = new Set(['year', 'years', 'decade', 'decades']);

/** Words after which a number names a part of a text or a law, not a quantity. */
const REFERENCE_WORDS = new Set([
  'article',
  'articles',
  'art',
  'figure',
  'fig',
  'table',
  'box',
  'page',
  'pages',
  'p',
  'pp',
  'paragraph',
  'para',
  'point',
  'chapter',
  'section',
  'annex',
  'regulation',
  'directive',
  'decision',
  'no',
  'number',
  'recital',
  'rule',
  'resolution',
  'item',
  'step',
  'phase',
  'level',
  'version',
  'session',
  'tier',
  'goal',
  'sdg',
  'pillar'
]);

function wordBefore(text: string, at: number): string {
  const match = /([A-Za-zÀ-ÿ]+)\.?\s*$/.exec(text.slice(Math.max(0, at - 20), at));
  return match ? match[1]!.toLowerCase() : '';
}

function wordAfter(text: string, at: number): string {
  const match = /^[\s-]*([A-Za-zÀ-ÿ]+)/.exec(text.slice(at, at + 20));
  return match ? match[1]!.toLowerCase() : '';
}

/** Why the number at `[start, end)` of `text` is not a statistic, or null when it may be one. */
export function exclusionOf(text: string, start: number, end: number, blockKind: string): string | null {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/[A-Za-z]/.test(before) || (before === '-' && /[A-Za-z]/.test(text[start - 2] ?? ''))) return 'part of a name';
  if (/^(st|nd|rd|th)\b/i.test(text.slice(end, end + 3))) return 'ordinal';
  if (before === '[' || (after === ']' && before !== '$')) return 'note call';
  if (MONTHS.has(wordAfter(text, end)) || MONTHS.has(wordBefore(text, start))) return 'date';
  if (DURATIONS.has(wordAfter(text, end))) return 'duration';
  if (REFERENCE_WORDS.has(wordBefore(text, start))) return 'reference';
  if (blockKind === 'list-item' && text.slice(0, start).trim() === '' && /^[.)]/.test(text.slice(end))) return 'list numbering';
  if (/^\.\d/.test(text.slice(end))) return 'part of a name';
  return null;
}
