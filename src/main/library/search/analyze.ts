/**
 * Turns blocks read from the store into what the index keeps: for every term, the blocks it occurs
 * in (text, section heading, briefing title) with positions, and per block its lengths.
 *
 * A block matches a term when its text, its section's heading or its briefing's title contains
 * it: the heading and title are fields of every block under them, so a hit is always a block and
 * leads to the exact paragraph.
 */
import type Database from 'better-sqlite3';
import { HEADING_BASE, TITLE_BASE, type DocEntry } from './codec';
import { scanWords, TermCache } from './tokenizer';

/**
 * The occurrences of one term in a batch of blocks, in ascending block order, kept in flat arrays
 * (a rebuild makes millions of them): the positions of entry i are `positions[starts[i] ..
 * starts[i + 1])`, the last entry's running to the end.
 */
export interface TermOccurrences {
  docs: number[];
  flags: number[];
  starts: number[];
  positions: number[];
}

export interface AnalyzedBatch {
  docs: DocEntry[];
  terms: Map<string, TermOccurrences>;
  /** A display form per term, preferring one with accents ("macías" for "macias"). */
  displays: Map<string, string>;
}

export interface BlockSource {
  id: number;
  briefingNum: number;
  sectionId: number | null;
  text: string;
  heading: string | null;
  title: string;
}

const TEXT = 4;
const HEADING = 2;
const TITLE = 1;

/** Collects the analysis of blocks given in ascending id order. */
export class BatchAnalyzer {
  private readonly batch: AnalyzedBatch = { docs: [], terms: new Map(), displays: new Map() };
  private readonly fieldCache = new Map<string, string[]>();
  private readonly bySpelling = new Map<string, TermOccurrences | null>();

  constructor(private readonly cache: TermCache = new TermCache()) {}

  add(block: BlockSource): void {
    let textLength = 0;
    scanWords(block.text, (raw) => {
      // One map lookup per word: spellings seen in this batch lead straight to their occurrences.
      let occ = this.bySpelling.get(raw);
      if (occ === undefined) {
        const term = this.termOf(raw);
        occ = term === '' ? null : this.occurrences(term);
        this.bySpelling.set(raw, occ);
      }
      if (occ !== null) this.noteIn(occ, block.id, textLength++, TEXT);
    });
    const heading = block.heading === null ? null : this.fieldTerms(block.heading);
    heading?.forEach((term, i) => this.note(term, block.id, HEADING_BASE + i, HEADING));
    this.fieldTerms(block.title).forEach((term, i) => this.note(term, block.id, TITLE_BASE + i, TITLE));
    this.batch.docs.push({
      block: block.id,
      briefing: block.briefingNum,
      section: block.sectionId ?? -1,
      textLength,
      headingLength: heading?.length ?? 0
    });
  }

  result(): AnalyzedBatch {
    return this.batch;
  }

  private occurrences(term: string): TermOccurrences {
    let occ = this.batch.terms.get(term);
    if (!occ) {
      occ = { docs: [], flags: [], starts: [], positions: [] };
      this.batch.terms.set(term, occ);
    }
    return occ;
  }

  private note(term: string, doc: number, position: number, field: number): void {
    this.noteIn(this.occurrences(term), doc, position, field);
  }

  /** Records one occurrence: text ones count (tf in flags >> 2), heading and title ones set a bit. */
  private noteIn(occ: TermOccurrences, doc: number, position: number, field: number): void {
    let last = occ.docs.length - 1;
    if (last < 0 || occ.docs[last] !== doc) {
      occ.docs.push(doc);
      occ.flags.push(0);
      occ.starts.push(occ.positions.length);
      last++;
    }
    occ.flags[last] = field === TEXT ? occ.flags[last]! + TEXT : occ.flags[last]! | field;
    occ.positions.push(position);
  }

  /** The term of a spelling; a spelling seen for the first time also offers its display form. */
  private termOf(raw: string): string {
    const known = this.cache.known(raw);
    if (known !== undefined) return known;
    const term = this.cache.termOf(raw);
    if (term !== '') this.noteDisplay(term, raw);
    return term;
  }

  private fieldTerms(text: string): string[] {
    let terms = this.fieldCache.get(text);
    if (!terms) {
      const found: string[] = [];
      scanWords(text, (raw) => {
        const term = this.termOf(raw);
        if (term !== '') found.push(term);
      });
      terms = found;
      if (this.fieldCache.size > 10_000) this.fieldCache.clear();
      this.fieldCache.set(text, terms);
    }
    return terms;
  }

  private noteDisplay(term: string, raw: string): void {
    const current = this.batch.displays.get(term);
    if (current !== undefined && current !== term) return;
    const display = raw.toLowerCase().replace(/['’]s$/, '');
    if (current === undefined || display !== term) this.batch.displays.set(term, display);
  }
}

interface BlockRow {
  id: number;
  briefing_id: string;
  section_id: number | null;
  text: string;
  heading: string | null;
}

/** Reads the blocks of some briefings, in id order, as analysis input. */
export function readBriefingBlocks(db: Database.Database, briefingIds: readonly string[]): BlockRow[] {
  return db
    .prepare(
      `SELECT b.id, b.briefing_id, b.section_id, b.text, s.title AS heading
       FROM blocks b LEFT JOIN sections s ON s.id = b.section_id
       WHERE b.briefing_id IN (SELECT value FROM json_each(?)) ORDER BY b.id`
    )
    .all(JSON.stringify(briefingIds)) as BlockRow[];
}

/** Reads the blocks with ids in [from, to], in id order, as analysis input. */
export function readBlockRange(db: Database.Database, from: number, to: number): BlockRow[] {
  return db
    .prepare(
      `SELECT b.id, b.briefing_id, b.section_id, b.text, s.title AS heading
       FROM blocks b LEFT JOIN sections s ON s.id = b.section_id WHERE b.id BETWEEN ? AND ? ORDER BY b.id`
    )
    .all(from, to) as BlockRow[];
}

export type { BlockRow };
