/**
 * Handlers for the annotation methods of the contract (src/shared/contract/annotations.ts). The
 * library view shows annotation counts, so creating, deleting or restoring one — and updating a
 * briefing to a new edition — tells every window that the library changed.
 */
import type { Handlers } from '../../shared/contract';
import type { annotationMethods } from '../../shared/contract/annotations';
import { clearDraft, getDraft, listDrafts, saveDraft } from '../library/annotations/drafts';
import { annotationHistory } from '../library/annotations/history';
import { AnnotationService } from '../library/annotations/service';
import type { HandlerContext } from './handlers';

type AnnotationHandlers = Pick<Handlers, keyof typeof annotationMethods>;

export function annotationHandlers({ library, notifyLibraryChanged }: HandlerContext): AnnotationHandlers {
  const annotations = new AnnotationService(library);
  const changed = <T>(value: T): T => {
    notifyLibraryChanged();
    return value;
  };
  return {
    listAnnotations: (filter) => annotations.list(filter),
    getAnnotation: ({ id }) => annotations.get(id),
    createAnnotation: (input) => changed(annotations.create(input)),
    updateAnnotation: (input) => annotations.update(input),
    deleteAnnotation: ({ id }) => changed(annotations.delete(id)),
    restoreAnnotation: ({ id }) => changed(annotations.restore(id)),
    listTags: ({ prefix, limit }) => annotations.tags(prefix, limit),
    saveDraft: (input) => saveDraft(library.db, library.now(), input),
    getDraft: (key) => getDraft(library.db, key),
    listDrafts: ({ briefingId }) => listDrafts(library.db, briefingId),
    clearDraft: (key) => clearDraft(library.db, key),
    updateBriefingFromFile: async ({ id, file }) => changed(await library.updateFromBytes(id, Buffer.from(file.data, 'base64'), file.name)),
    annotationHistory: ({ id }) => annotationHistory(library.db, id)
  };
}
