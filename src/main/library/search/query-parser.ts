/**
 * Reads the app's search query language — words (AND), "exact phrases", OR, -exclusion, word* and
 * filters such as `type:briefing year:2020..2024 in:"section title" briefing:ID is:highlight
 * has:note` — into clauses. It never fails: anything it cannot read (an unbalanced quote, a lone
 * "-", OR at either end, an unknown year) is read the closest sensible way and explained in
 * `notes`, so the user sees what was searched for.
 */
import type { SearchFilters } from '../../../shared/contract/search';
import { termOf, scanWords } from './tokenizer';

export interface QueryWord {
  /** As typed, for messages. */
  text: string;
  /** Folded term. */
  term: string;
  /** Written with a trailing `*`: match every word that starts with it. */
  prefix: boolean;
}

export type Clause = { kind: 'word'; word: QueryWord } | { kind: 'phrase'; words: QueryWord[]; text: string };

export interface ParsedQuery {
  /** Required: each group matches when one of its clauses does (a group of one is a plain AND). */
  groups: Clause[][];
  excluded: Clause[];
  filters: SearchFilters;
  /** Texts of `in:"…"` filters, resolved to sections by the engine. */
  sectionTitles: string[];
  /** Ids (or prefixes) of `briefing:…` filters, resolved by the engine. */
  briefingRefs: string[];
  notes: string[];
  /** The query ends inside a word (no trailing space): the word being typed. */
  endsInWord: boolean;
}

const OPEN_QUOTES = '"“„«';
const CLOSE_QUOTES: Record<string, string> = { '"': '"”', '“': '”"', '„': '“”"', '«': '»"' };

type Item = { type: 'clause'; clause: Clause; negated: boolean } | { type: 'or' } | { type: 'filter'; key: string; value: string };

const FILTER_KEYS = new Set(['type', 'year', 'in', 'section', 'briefing', 'is', 'has']);

/** Parses a query string. */
export function parseQuery(input: string): ParsedQuery {
  const notes: string[] = [];
  const items = lex(input, notes);
  const result: ParsedQuery = {
    groups: [],
    excluded: [],
    filters: {},
    sectionTitles: [],
    briefingRefs: [],
    notes,
    endsInWord: input.length > 0 && !/[\s"”»]$/.test(input)
  };
  let pendingOr = false;
  items.forEach((item, i) => {
    if (item.type === 'filter') return applyFilter(item.key, item.value, result);
    if (item.type === 'or') {
      const previous = items
        .slice(0, i)
        .reverse()
        .find((it) => it.type !== 'filter');
      const next = items.slice(i + 1).find((it) => it.type !== 'filter');
      if (!previous || previous.type !== 'clause' || previous.negated || !next || next.type !== 'clause' || next.negated) {
        notes.push('"OR" needs a word or phrase on each side; it was ignored.');
      } else pendingOr = true;
      return;
    }
    if (item.negated) {
      result.excluded.push(item.clause);
      return;
    }
    const last = result.groups[result.groups.length - 1];
    if (pendingOr && last) last.push(item.clause);
    else result.groups.push([item.clause]);
    pendingOr = false;
  });
  if (result.groups.length === 0 && result.excluded.length > 0) {
    notes.push('A search cannot consist only of excluded words; add a word to look for.');
  }
  return result;
}

/** Splits the query into clauses, OR markers and filters. */
function lex(input: string, notes: string[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  let strippedParens = false;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      if (!strippedParens) notes.push('Brackets are not needed: words are combined with AND, alternatives with OR.');
      strippedParens = true;
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' || c === '−') {
      const next = input[i + 1];
      if (next === undefined || /\s/.test(next)) {
        notes.push('A "-" must be followed by the word to exclude, as in -police; it was ignored.');
        i++;
        continue;
      }
      negated = true;
      i++;
    }
    const start = input[i]!;
    if (OPEN_QUOTES.includes(start)) {
      const read = readQuoted(input, i, notes);
      i = read.end;
      const clause = phraseClause(read.text);
      if (clause) items.push({ type: 'clause', clause, negated });
      else if (read.text.trim() !== '') notes.push(`"${read.text}" has no words to search for; it was ignored.`);
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!) && !OPEN_QUOTES.includes(input[end]!) && input[end] !== '(' && input[end] !== ')') end++;
    let word = input.slice(i, end);
    const colon = word.indexOf(':');
    if (!negated && colon > 0 && FILTER_KEYS.has(word.slice(0, colon).toLowerCase())) {
      const key = word.slice(0, colon).toLowerCase();
      let value = word.slice(colon + 1);
      if (value === '' && end < input.length && OPEN_QUOTES.includes(input[end]!)) {
        const read = readQuoted(input, end, notes);
        value = read.text;
        end = read.end;
      }
      items.push({ type: 'filter', key, value });
      i = end;
      continue;
    }
    i = end;
    if (!negated && (word === 'OR' || word === '|')) {
      items.push({ type: 'or' });
      continue;
    }
    if (!negated && word === 'AND') continue;
    if (!negated && word === 'NOT') {
      // NOT x reads as -x.
      const rest = input.slice(i).trimStart();
      if (rest === '') notes.push('"NOT" must be followed by the word to exclude; it was ignored.');
      else {
        const nextItems = lex(rest, notes);
        const first = nextItems[0];
        if (first && first.type === 'clause') first.negated = true;
        return items.concat(nextItems);
      }
      continue;
    }
    const prefix = word.endsWith('*');
    if (prefix) word = word.replace(/\*+$/, '');
    const clause = wordClause(word, prefix);
    if (clause) items.push({ type: 'clause', clause, negated });
  }
  return items;
}

function readQuoted(input: string, at: number, notes: string[]): { text: string; end: number } {
  const closers = CLOSE_QUOTES[input[at]!] ?? '"';
  let end = at + 1;
  while (end < input.length && !closers.includes(input[end]!)) end++;
  if (end >= input.length) {
    notes.push('A quotation mark was not closed; the phrase was read to the end of the search.');
    return { text: input.slice(at + 1), end };
  }
  return { text: input.slice(at + 1, end), end: end + 1 };
}

function queryWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  scanWords(text, (raw) => {
    const term = termOf(raw);
    if (term !== '') words.push({ text: raw, term, prefix: false });
  });
  return words;
}

/** A typed word: several terms ("drug-related", "COVID-19") are read as a phrase. */
function wordClause(text: string, prefix: boolean): Clause | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  if (words.length === 1) return { kind: 'word', word: { ...words[0]!, text, prefix } };
  words[words.length - 1]!.prefix = prefix;
  return { kind: 'phrase', words, text };
}

function phraseClause(text: string): Clause | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  if (words.length === 1) return { kind: 'word', word: words[0]! };
  return { kind: 'phrase', words, text: text.trim() };
}

function applyFilter(key: string, value: string, result: ParsedQuery): void {
  const filters = result.filters;
  const v = value.trim();
  if (v === '') {
    result.notes.push(`"${key}:" needs a value, as in ${example(key)}; it was ignored.`);
    return;
  }
  switch (key) {
    case 'type':
      filters.documentTypes = [...(filters.documentTypes ?? []), v];
      return;
    case 'year': {
      const range = parseYears(v);
      if (!range) {
        result.notes.push(`"year:${v}" is not a year or range (try year:2024, year:2020..2024 or year:>=2020); it was ignored.`);
        return;
      }
      if (range.from !== undefined) filters.yearFrom = range.from;
      if (range.to !== undefined) filters.yearTo = range.to;
      return;
    }
    case 'in':
    case 'section':
      result.sectionTitles.push(v);
      return;
    case 'briefing':
      result.briefingRefs.push(v);
      return;
    case 'is':
    case 'has': {
      const what = v.toLowerCase();
      if (/^(highlight|highlights|highlighted|annotated|annotation|annotations)$/.test(what)) filters.annotated ??= 'highlights';
      else if (/^(note|notes)$/.test(what)) filters.annotated = 'notes';
      else result.notes.push(`"${key}:${v}" is not known (try is:highlight or has:note); it was ignored.`);
      return;
    }
  }
}

function example(key: string): string {
  return (
    {
      type: 'type:briefing',
      year: 'year:2024',
      in: 'in:"Ecuador"',
      section: 'section:"Ecuador"',
      briefing: 'briefing:k7m2x9qa',
      is: 'is:highlight',
      has: 'has:note'
    }[key] ?? `${key}:value`
  );
}

/** Reads 2024, 2020..2024, 2020-2024, >2020, >=2020, <2024, <=2024. */
export function parseYears(text: string): { from?: number; to?: number } | null {
  const year = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : null);
  const single = year(text);
  if (single !== null) return { from: single, to: single };
  const range = /^(\d{4})(?:\.\.|-|–)(\d{4})$/.exec(text);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    return { from: Math.min(a, b), to: Math.max(a, b) };
  }
  const compare = /^(>=|<=|>|<)(\d{4})$/.exec(text);
  if (compare) {
    const y = Number(compare[2]);
    switch (compare[1]) {
      case '>':
        return { from: y + 1 };
      case '>=':
        return { from: y };
      case '<':
        return { to: y - 1 };
      default:
        return { to: y };
    }
  }
  return null;
}
