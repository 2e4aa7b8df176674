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

/** The occurrences of one term in a batch of blocks, in ascending block order. */
export interface TermOccurrences {
  docs: number[];
  flags: number[];
  positions: number[][];
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

interface FieldTokens {
  terms: string[];
}

/** Collects the analysis of blocks given in ascending id order. */
export class BatchAnalyzer {
  private readonly batch: AnalyzedBatch = { docs: [], terms: new Map(), displays: new Map() };
  private readonly fieldCache = new Map<string, FieldTokens>();

  constructor(private readonly cache: TermCache = new TermCache()) {}

  add(block: BlockSource): void {
    const local = new Map<string, { flags: number; positions: number[] }>();
    const note = (term: string, position: number, flag: number): void => {
      let entry = local.get(term);
      if (!entry) {
        entry = { flags: 0, positions: [] };
        local.set(term, entry);
      }
      entry.flags |= flag;
      entry.positions.push(position);
    };
    let textLength = 0;
    scanWords(block.text, (raw) => {
      const term = this.cache.termOf(raw);
      if (term === '') return;
      note(term, textLength++, 4);
      this.noteDisplay(term, raw);
    });
    const heading = block.heading === null ? null : this.fieldTerms(block.heading);
    heading?.terms.forEach((term, i) => note(term, HEADING_BASE + i, 2));
    const title = this.fieldTerms(block.title);
    title.terms.forEach((term, i) => note(term, TITLE_BASE + i, 1));

    for (const [term, entry] of local) {
      let occ = this.batch.terms.get(term);
      if (!occ) {
        occ = { docs: [], flags: [], positions: [] };
        this.batch.terms.set(term, occ);
      }
      // Text occurrences count as term frequency (flags >> 2); heading and title as presence bits.
      const textTf = entry.positions.filter((p) => p < HEADING_BASE).length;
      occ.docs.push(block.id);
      occ.flags.push((textTf << 2) | (entry.flags & 3));
      occ.positions.push(entry.positions);
    }
    this.batch.docs.push({
      block: block.id,
      briefing: block.briefingNum,
      section: block.sectionId ?? -1,
      textLength,
      headingLength: heading?.terms.length ?? 0
    });
  }

  result(): AnalyzedBatch {
    return this.batch;
  }

  private fieldTerms(text: string): FieldTokens {
    let tokens = this.fieldCache.get(text);
    if (!tokens) {
      const terms: string[] = [];
      scanWords(text, (raw) => {
        const term = this.cache.termOf(raw);
        if (term === '') return;
        terms.push(term);
        this.noteDisplay(term, raw);
      });
      tokens = { terms };
      if (this.fieldCache.size > 10_000) this.fieldCache.clear();
      this.fieldCache.set(text, tokens);
    }
    return tokens;
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

/** Reads the blocks of one briefing, in id order, as analysis input. */
export function readBriefingBlocks(db: Database.Database, briefingId: string): BlockRow[] {
  return db
    .prepare(
      `SELECT b.id, b.briefing_id, b.section_id, b.text, s.title AS heading
       FROM blocks b LEFT JOIN sections s ON s.id = b.section_id WHERE b.briefing_id = ? ORDER BY b.id`
    )
    .all(briefingId) as BlockRow[];
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
