/**
 * Facts in SQLite: written from a briefing's blocks (inside the caller's transaction) and read
 * back with filters, as the contract's `FactInContext`.
 */
import type Database from 'better-sqlite3';
import type { FactFilters, FactInContext } from '../../../shared/contract/facts';
import { extractBlockFacts } from './extract';
import type { ParsedBriefing } from '../model';
import type { ExtractedFact, FactSourceBlock } from './model';

/** A block as extraction reads it, by its place in the briefing (stored or not yet). */
interface ExtractableBlock extends FactSourceBlock {
  ord: number;
}

/** The facts of one block, found before the block has an id: by its place in the briefing. */
export interface BlockFacts {
  ord: number;
  facts: ExtractedFact[];
}

function extractFacts(blocks: readonly ExtractableBlock[], year: number | null): BlockFacts[] {
  return blocks.map((block) => ({ ord: block.ord, facts: extractBlockFacts(block, { year }) })).filter((found) => found.facts.length > 0);
}

/**
 * The facts of a parsed briefing, before it is stored: the slow part of an import's extraction
 * (tagging and number recognition), done outside the import's transaction; `insertFacts` writes
 * them inside it. Stored blocks keep the parsed text and note calls, so this finds what
 * `writeBriefingFacts` would.
 */
export function prepareBriefingFacts(parsed: ParsedBriefing): BlockFacts[] {
  const blocks = parsed.blocks.map((block, ord) => ({
    ord,
    kind: block.kind,
    text: block.text,
    noteCalls: block.spans.filter((span) => span.kind === 'note-ref').map((span) => [span.start, span.end] as const)
  }));
  return extractFacts(blocks, parsed.metadata.year);
}

/** Extracts the facts of a briefing from its stored blocks and writes them, replacing any it had. */
export function writeBriefingFacts(db: Database.Database, briefingId: string): number {
  const blocks = db.prepare('SELECT ord, kind, text, id FROM blocks WHERE briefing_id = ? ORDER BY ord').all(briefingId) as Array<
    Omit<ExtractableBlock, 'noteCalls'> & { id: number }
  >;
  const noteCalls = new Map<number, Array<[number, number]>>();
  const calls = db
    .prepare(
      `SELECT s.block_id AS blockId, s.start, s."end" AS "end" FROM inline_spans s JOIN blocks b ON b.id = s.block_id WHERE b.briefing_id = ? AND s.kind = 'note-ref'`
    )
    .all(briefingId) as Array<{ blockId: number; start: number; end: number }>;
  for (const call of calls) noteCalls.set(call.blockId, [...(noteCalls.get(call.blockId) ?? []), [call.start, call.end]]);
  const year = db.prepare('SELECT year FROM briefings WHERE id = ?').pluck().get(briefingId) as number | null;
  return insertFacts(
    db,
    briefingId,
    extractFacts(
      blocks.map((block) => ({ ...block, noteCalls: noteCalls.get(block.id) ?? [] })),
      year
    )
  );
}

/** Writes facts found in the briefing's blocks (inside the caller's transaction), replacing any it had. */
export function insertFacts(db: Database.Database, briefingId: string, found: readonly BlockFacts[]): number {
  const blocks = new Map(
    (
      db.prepare('SELECT ord, id, section_id AS sectionId, text_start AS textStart FROM blocks WHERE briefing_id = ?').all(briefingId) as Array<{
        ord: number;
        id: number;
        sectionId: number | null;
        textStart: number;
      }>
    ).map((block) => [block.ord, block])
  );
  db.prepare('DELETE FROM facts WHERE briefing_id = ?').run(briefingId);
  const insert = db.prepare(`
    INSERT INTO facts (briefing_id, block_id, section_id, start, "end", value, value_to, unit, scale, measure, entity,
                       period_from, period_to, year, qualifier, sentence)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let count = 0;
  for (const { ord, facts } of found) {
    const block = blocks.get(ord);
    if (!block) throw new Error(`Facts: briefing ${briefingId} has no block ${ord}`);
    for (const fact of facts) {
      insert.run(
        briefingId,
        block.id,
        block.sectionId,
        block.textStart + fact.start,
        block.textStart + fact.end,
        fact.value,
        fact.valueTo,
        fact.unit,
        fact.scale,
        fact.measure,
        fact.entity,
        fact.period?.from ?? null,
        fact.period?.to ?? null,
        fact.period?.to ?? null,
        fact.qualifier,
        fact.text
      );
      count++;
    }
  }
  return count;
}

/** Whether the briefing's facts were extracted from its current blocks (a metadata edit keeps them). */
export function factsAreCurrent(db: Database.Database, briefingId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM facts JOIN blocks ON blocks.id = facts.block_id WHERE facts.briefing_id = ? AND blocks.briefing_id = ? LIMIT 1')
      .get(briefingId, briefingId) !== undefined
  );
}

interface FactRow {
  id: number;
  briefingId: string;
  briefingTitle: string;
  sectionId: number | null;
  sectionTitle: string | null;
  blockId: number | null;
  text: string;
  value: number;
  valueTo: number | null;
  unit: string | null;
  scale: FactInContext['scale'];
  measure: string | null;
  entity: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  qualifier: string | null;
  start: number;
  end: number;
}

/** Escapes LIKE's wildcards so that a filter matches the text as typed. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Facts matching every filter given, by briefing title and then in reading order. */
export function readFacts(db: Database.Database, filters: FactFilters = {}): FactInContext[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.briefingId) {
    where.push('f.briefing_id = ?');
    params.push(filters.briefingId);
  }
  for (const [column, text] of [
    ['f.measure', filters.measure],
    ['f.entity', filters.entity],
    ['f.unit', filters.unit]
  ] as const) {
    if (text) {
      where.push(`lower(coalesce(${column}, '')) LIKE ? ESCAPE '\\'`);
      params.push(likePattern(text));
    }
  }
  if (filters.year !== undefined) {
    where.push('f.period_from <= ? AND f.period_to >= ?');
    params.push(filters.year, filters.year);
  }
  const rows = db
    .prepare(
      `SELECT f.id, f.briefing_id AS briefingId, b.title AS briefingTitle, f.section_id AS sectionId, s.title AS sectionTitle,
              f.block_id AS blockId, f.sentence AS text, f.value, f.value_to AS valueTo, f.unit, f.scale, f.measure, f.entity,
              f.period_from AS periodFrom, f.period_to AS periodTo, f.qualifier, f.start, f."end" AS "end"
         FROM facts f JOIN briefings b ON b.id = f.briefing_id LEFT JOIN sections s ON s.id = f.section_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY b.title COLLATE NOCASE, f.briefing_id, f.start`
    )
    .all(...params) as FactRow[];
  return rows.map(({ periodFrom, periodTo, ...row }) => ({
    ...row,
    period: periodFrom !== null && periodTo !== null ? { from: periodFrom, to: periodTo } : null
  }));
}
