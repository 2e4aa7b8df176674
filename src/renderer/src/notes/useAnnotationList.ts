/**
 * The annotations matching the Notes view's filters, asked again when a filter changes (the text
 * after a pause in typing) and whenever main says the library changed.
 */
import { useEffect, useState } from 'react';
import type { AnnotationView, TagCount } from '../../../shared/contract/annotations';
import { api, errorMessage, onAppEvent } from '../api/client';
import { annotationFilter, type NotesFilterState } from './notes-filter';

const TYPING_PAUSE_MS = 200;

export type AnnotationListState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; annotations: AnnotationView[]; tags: TagCount[] };

export function useAnnotationList(filters: NotesFilterState): AnnotationListState {
  const [state, setState] = useState<AnnotationListState>({ status: 'loading' });
  const [text, setText] = useState(filters.text);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setText(filters.text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [filters.text]);

  useEffect(() => onAppEvent((event) => event.type === 'library-changed' && setChanges((n) => n + 1)), []);

  const { colors, tag, status, sort } = filters;
  useEffect(() => {
    let current = true;
    Promise.all([api.listAnnotations(annotationFilter({ colors, tag, status, sort, text })), api.listTags({})]).then(
      ([annotations, tags]) => current && setState({ status: 'ready', annotations, tags }),
      (error: unknown) => current && setState({ status: 'error', message: errorMessage(error) })
    );
    return () => {
      current = false;
    };
  }, [colors, tag, status, sort, text, changes]);
  return state;
}
