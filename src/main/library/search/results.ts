/**
 * Turns ranked block ids into the hits of the contract — briefing and section titles, block kind,
 * snippet and highlights — and groups them by briefing, then section, in order of their best hit.
 */
import type Database from 'better-sqlite3';
import type { SearchBriefingGroup, SearchHit } from '../../../shared/contract/search';
import type { BlockKind } from '../../../shared/types';
import { buildSnippet, type MatchTerms } from './snippets';
import { statement } from './statements';

interface HitRow {
  id: number;
  briefing_id: string;
  briefing_title: string;
  section_id: number | null;
  section_title: string | null;
  kind: BlockKind;
  text: string;
}

/** Reads the blocks of `ranked` and builds their hits (without `match`, which the engine adds). */
export function materializeHits(
  db: Database.Database,
  ranked: ReadonlyArray<{ doc: number; score: number }>,
  termsFor: (doc: number) => MatchTerms
): Array<Omit<SearchHit, 'match'>> {
  if (ranked.length === 0) return [];
  const rows = statement(
    db,
    `SELECT b.id, b.briefing_id, br.title AS briefing_title, b.section_id, s.title AS section_title, b.kind, b.text
       FROM blocks b JOIN briefings br ON br.id = b.briefing_id LEFT JOIN sections s ON s.id = b.section_id
       WHERE b.id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ranked.map((r) => r.doc))) as HitRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap(({ doc, score }) => {
    const row = byId.get(doc);
    if (!row) return [];
    return [
      {
        briefingId: row.briefing_id,
        briefingTitle: row.briefing_title,
        sectionId: row.section_id,
        sectionTitle: row.section_title,
        blockId: row.id,
        blockKind: row.kind,
        score: Math.round(score * 1000) / 1000,
        ...buildSnippet(row.text, termsFor(doc))
      }
    ];
  });
}

/** Groups hits by briefing, then section, each group placed where its best hit ranks. */
export function groupHits(hits: readonly SearchHit[]): SearchBriefingGroup[] {
  const groups: SearchBriefingGroup[] = [];
  const byBriefing = new Map<string, SearchBriefingGroup>();
  for (const hit of hits) {
    let group = byBriefing.get(hit.briefingId);
    if (!group) {
      group = { briefingId: hit.briefingId, briefingTitle: hit.briefingTitle, sections: [] };
      byBriefing.set(hit.briefingId, group);
      groups.push(group);
    }
    let section = group.sections.find((s) => s.sectionId === hit.sectionId);
    if (!section) {
      section = { sectionId: hit.sectionId, sectionTitle: hit.sectionTitle, hits: [] };
      group.sections.push(section);
    }
    section.hits.push(hit);
  }
  return groups;
}
