/**
 * The user's annotations as seen by search: which blocks carry a live highlight or note (for
 * `is:highlight` / `has:note`), and the words of notes and tags, matched at query time with the
 * same tokenizer and stemmer as the index. A user's annotations are few (hundreds, not millions),
 * so reading them per query costs less than keeping a second index in step with every edit.
 */
import type Database from 'better-sqlite3';
import type { Tier } from './expand';
import type { QueryWord } from './query-parser';
import { stemOf } from './stemming';
import { statement } from './statements';
import { termsOf } from './tokenizer';

export interface AnnotationView {
  /** Blocks covered by a live, anchored annotation. */
  highlighted: Set<number>;
  /** Blocks covered by a live, anchored annotation with a note. */
  noted: Set<number>;
  /** Per block, the terms of the notes and tags of its annotations. */
  noteTerms: Map<number, Set<string>>;
}

/** Reads the live annotations; an annotation spanning several blocks covers each of them. */
export function readAnnotations(db: Database.Database): AnnotationView {
  const rows = statement(
    db,
    `SELECT b.id AS block, a.note AS note,
         (SELECT group_concat(tag, ' ') FROM annotation_tags t WHERE t.annotation_id = a.id) AS tags
       FROM annotations a JOIN blocks b ON b.briefing_id = a.briefing_id
         AND b.text_start < a.pos_end AND b.text_start + length(b.text) > a.pos_start
       WHERE a.deleted_at IS NULL AND a.status <> 'orphan'`
  ).all() as Array<{ block: number; note: string; tags: string | null }>;
  const view: AnnotationView = { highlighted: new Set(), noted: new Set(), noteTerms: new Map() };
  for (const row of rows) {
    view.highlighted.add(row.block);
    if (row.note.trim() !== '') view.noted.add(row.block);
    const terms = termsOf(`${row.note} ${row.tags ?? ''}`);
    if (terms.length === 0) continue;
    let set = view.noteTerms.get(row.block);
    if (!set) view.noteTerms.set(row.block, (set = new Set()));
    for (const term of terms) set.add(term);
  }
  return view;
}

/** Blocks whose notes or tags contain `word`, with how it matched (as typed, by stem, as prefix). */
export function matchNotes(view: AnnotationView, word: QueryWord, typing: boolean, languages: readonly string[]): Map<number, Tier> {
  const matches = new Map<number, Tier>();
  if (view.noteTerms.size === 0) return matches;
  const stems = languages.map((lang) => stemOf(word.term, lang));
  for (const [block, terms] of view.noteTerms) {
    let best: Tier | null = null;
    for (const term of terms) {
      if (term === word.term) {
        best = 'exact';
        break;
      }
      if (languages.some((lang, i) => stemOf(term, lang) === stems[i])) best = 'stem';
      else if (!best && (typing || word.prefix) && word.term.length >= 2 && term.startsWith(word.term)) best = 'prefix';
    }
    if (best) matches.set(block, best);
  }
  return matches;
}
