/**
 * SQLite FTS5 in its best configuration for a fair comparison with our engine: Porter stemming on
 * unicode61 with diacritics removed (inflections and accents), prefix indexes for two- and
 * three-letter prefixes (the word being typed), and typos expanded the way our engine expands
 * them — a word that is not in the vocabulary as typed also matches the indexed words one or two
 * edits away — with the vocabulary read through `fts5vocab`. FTS5's vocabulary holds stems only,
 * so a contentless twin table without stemming (no text stored, no positions) gives the words as
 * written, which is what "not in the vocabulary as typed" needs.
 *
 * What FTS5 cannot do here: rank an exact match above a stem match above a typo (bm25 only sees
 * one OR of terms), mark compounds written three ways, or weigh a heading above the text of the
 * same block — see bench/RESULTS.md for what that costs.
 */
import type Database from 'better-sqlite3';
import { distance } from 'fastest-levenshtein';
import { foldText } from '../../src/shared/text';

const TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'";

/**
 * The statements that create the best-configured table `name` with `columns` (indexed) and
 * `unindexed` columns, its twin of words as written and the twin's vocabulary. Fill `name`, then
 * call `fillWordsTwin` (FTS5 tables take no triggers).
 */
export function bestFtsSchema(name: string, columns: string[], unindexed: string[] = []): string {
  const all = [...columns, ...unindexed.map((c) => `${c} UNINDEXED`)].join(', ');
  return `
    CREATE VIRTUAL TABLE ${name} USING fts5(${all}, ${TOKENIZE});
    CREATE VIRTUAL TABLE ${name}_words USING fts5(${columns.join(', ')}, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE ${name}_words_vocab USING fts5vocab(${name}_words, row);`;
}

/** Indexes the words as written of every row of `name` in its twin, in one statement. */
export function fillWordsTwin(db: Database.Database, name: string, columns: string[]): void {
  db.exec(`INSERT INTO ${name}_words (rowid, ${columns.join(', ')}) SELECT rowid, ${columns.join(', ')} FROM ${name}`);
}

export interface FtsQueryInput {
  query: string;
  /** The last word is still being typed: match it as a prefix. */
  typing?: boolean;
}

/**
 * Builds FTS5 match expressions for `name` (made by `bestFtsSchema`): every word required, each
 * expanded to itself (FTS5 stems it), to its completions when it is being typed or ends in `*`,
 * and to its near spellings when it is not a word of the library as typed. Reads the vocabulary
 * once; call again after the table changes.
 */
export function bestFtsQuery(db: Database.Database, name: string): (input: FtsQueryInput) => string {
  const words = db.prepare(`SELECT term FROM ${name}_words_vocab`).pluck().all() as string[];
  const known = new Set(words);
  const near = (term: string): string[] => {
    const max = term.length <= 5 ? 1 : 2;
    const out: Array<[string, number]> = [];
    for (const word of words) {
      if (Math.abs(word.length - term.length) > max) continue;
      const d = distance(word, term);
      if (d > 0 && d <= max) out.push([word, d]);
    }
    return out
      .sort((a, b) => a[1] - b[1])
      .slice(0, 6)
      .map(([w]) => w);
  };
  return ({ query, typing }) => {
    const parts: string[] = [];
    const re = /"([^"]*)"|(\S+)/g;
    const items: Array<{ phrase: string[] } | { word: string; prefix: boolean }> = [];
    for (let m = re.exec(query); m; m = re.exec(query)) {
      if (m[1] !== undefined) {
        const terms = m[1]
          .split(/[^\p{L}\p{N}]+/u)
          .map(foldText)
          .filter(Boolean);
        if (terms.length > 0) items.push({ phrase: terms });
      } else {
        const star = m[2]!.endsWith('*');
        const pieces = m[2]!
          .split(/[^\p{L}\p{N}]+/u)
          .map(foldText)
          .filter(Boolean);
        // A hyphenated word is a phrase of its parts, as FTS5 (which splits at hyphens and apostrophes) indexed it.
        if (pieces.length > 1) items.push({ phrase: pieces });
        else if (pieces.length === 1) items.push({ word: pieces[0]!, prefix: star });
      }
    }
    items.forEach((item, i) => {
      if ('phrase' in item) {
        parts.push(`"${item.phrase.join(' ')}"`);
        return;
      }
      const { word } = item;
      const prefix = item.prefix || (typing === true && i === items.length - 1 && !/\s$/.test(query));
      const options = [`"${word}"`];
      if (prefix && word.length >= 2) options.push(`"${word}"*`);
      else if (!known.has(word) && word.length >= 4 && !/\d/.test(word)) options.push(...near(word).map((w) => `"${w}"`));
      parts.push(options.length === 1 ? options[0]! : `(${options.join(' OR ')})`);
    });
    return parts.join(' AND ');
  };
}
