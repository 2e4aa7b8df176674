/**
 * The history of an annotated passage across editions: where the annotation was in each edition
 * it lived through, and what changed in its words from the last one to now, word by word (jsdiff),
 * so that the reader can show "this sentence was reworded" next to a fuzzy highlight.
 */
import type Database from 'better-sqlite3';
import { diffWordsWithSpace } from 'diff';
import type { AnnotationHistory, PassageVersion } from '../../../shared/contract/annotations';
import type { AnchorStatus } from '../../../shared/types';
import { LibraryError } from '../errors';
import { readAnnotation } from './store';

export function annotationHistory(db: Database.Database, id: string): AnnotationHistory {
  const annotation = readAnnotation(db, id, true);
  if (!annotation) throw new LibraryError(`Annotations: no annotation with id ${JSON.stringify(id)}`, 'not-found');
  const edition = db.prepare('SELECT edition FROM briefings WHERE id = ?').pluck().get(annotation.briefingId) as number;
  const current: PassageVersion = {
    edition,
    status: annotation.status,
    text: annotation.quote,
    sectionTitle: annotation.sectionTitle
  };
  const previous = (
    db
      .prepare('SELECT edition, status, quote, section_title FROM annotation_anchorings WHERE annotation_id = ? ORDER BY edition DESC')
      .all(annotation.id) as Array<{ edition: number; status: AnchorStatus; quote: string; section_title: string | null }>
  ).map((r): PassageVersion => ({ edition: r.edition, status: r.status, text: r.quote, sectionTitle: r.section_title }));
  return { annotationId: annotation.id, current, previous, changes: changesBetween(previous[0], current) };
}

/** Word-level changes from `before` to `now`; an orphan's passage counts as removed. */
function changesBetween(before: PassageVersion | undefined, now: PassageVersion): AnnotationHistory['changes'] {
  if (!before) return [];
  if (now.status === 'orphan') return [{ kind: 'removed', text: before.text }];
  return diffWordsWithSpace(before.text, now.text).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value
  }));
}
