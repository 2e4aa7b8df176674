/**
 * The Notes view's filters as the user sets them, and the `listAnnotations` filter they make.
 * Grouping the answer by briefing keeps main's order (briefing by briefing in reading order, or
 * newest first) inside each group.
 */
import type { AnnotationFilter, AnnotationView } from '../../../shared/contract/annotations';
import type { AnchorStatus, AnnotationColor } from '../../../shared/types';

export interface NotesFilterState {
  colors: AnnotationColor[];
  /** One tag, or '' for any. */
  tag: string;
  /** One anchoring state, or '' for any. */
  status: AnchorStatus | '';
  text: string;
  sort: 'position' | 'created';
}

export const NO_FILTER: NotesFilterState = { colors: [], tag: '', status: '', text: '', sort: 'position' };

export function isFiltered(state: NotesFilterState): boolean {
  return state.colors.length > 0 || state.tag !== '' || state.status !== '' || state.text.trim() !== '';
}

export function annotationFilter(state: NotesFilterState): AnnotationFilter {
  return {
    sort: state.sort,
    ...(state.colors.length > 0 ? { colors: state.colors } : {}),
    ...(state.tag ? { tags: [state.tag] } : {}),
    ...(state.status ? { statuses: [state.status] } : {}),
    ...(state.text.trim() ? { text: state.text.trim() } : {})
  };
}

export interface BriefingNotes {
  briefingId: string;
  briefingTitle: string;
  annotations: AnnotationView[];
}

/** The annotations in groups by briefing, each group where its first annotation came. */
export function groupByBriefing(annotations: readonly AnnotationView[]): BriefingNotes[] {
  const groups = new Map<string, BriefingNotes>();
  for (const annotation of annotations) {
    let group = groups.get(annotation.briefingId);
    if (!group) {
      group = { briefingId: annotation.briefingId, briefingTitle: annotation.briefingTitle, annotations: [] };
      groups.set(annotation.briefingId, group);
    }
    group.annotations.push(annotation);
  }
  return [...groups.values()];
}
