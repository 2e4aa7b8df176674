/**
 * The note editor of the annotation layer: which annotation (or new selection) it is open on, and
 * the unsaved drafts left by a crash or a reload, offered back when the briefing opens. Saving
 * goes through the annotation store; only one editor is open at a time.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { AnnotationDraft, AnnotationView } from '../../../shared/contract/annotations';
import type { BlockInfo } from '../../../shared/types';
import { api } from '../api/client';
import { documentSlice } from './document-text';
import type { NoteContent } from './NoteEditor';
import type { AnnotationStore } from './useAnnotations';

/** What the editor is open on. */
export interface EditorState {
  annotationId: string | null;
  range: { start: number; end: number } | null;
  quote: string;
  initial: NoteContent;
  focus: 'note' | 'tags';
  /** Changes each time an editor is opened, so a new one starts fresh. */
  key: number;
}

export interface AnnotationEditor {
  editor: EditorState | null;
  drafts: AnnotationDraft[];
  open(state: Omit<EditorState, 'key'>): void;
  /** Saves what the editor holds and closes it. */
  save(content: NoteContent): Promise<void>;
  close(): void;
  restoreDraft(draft: AnnotationDraft): void;
  discardDraft(draft: AnnotationDraft): void;
}

export interface AnnotationEditorOptions {
  briefingId: string;
  blocks: readonly BlockInfo[];
  store: AnnotationStore;
  /** Called when there is something to show in the sidebar: an editor opened, drafts found. */
  onShow(): void;
  /** Called with the annotation the editor created from a selection. */
  onCreated(id: string): void;
}

export function useAnnotationEditor({ briefingId, blocks, store, onShow, onCreated }: AnnotationEditorOptions): AnnotationEditor {
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [drafts, setDrafts] = useState<AnnotationDraft[]>([]);
  const opened = useRef(0);
  const show = useEffectEvent(onShow);

  useEffect(() => {
    let current = true;
    api.listDrafts({ briefingId }).then(
      (found) => {
        if (!current || found.length === 0) return;
        setDrafts(found);
        show();
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [briefingId]);

  const open = useCallback(
    (state: Omit<EditorState, 'key'>) => {
      opened.current += 1;
      setEditor({ ...state, key: opened.current });
      onShow();
    },
    [onShow]
  );

  const save = async (content: NoteContent) => {
    if (!editor) return;
    if (editor.annotationId === null && editor.range) {
      const created = await store.create({ start: editor.range.start, end: editor.range.end, quote: editor.quote, ...content });
      onCreated(created.id);
    } else if (editor.annotationId) {
      await store.update({ id: editor.annotationId, ...content });
    }
    close();
  };

  // Saving or cancelling clears the editor's draft in main; an offer to restore it would be stale.
  const close = () => {
    if (editor) setDrafts((list) => list.filter((d) => d.annotationId !== editor.annotationId));
    setEditor(null);
  };

  const restoreDraft = (draft: AnnotationDraft) => {
    setDrafts((list) => list.filter((d) => d !== draft));
    const initial = { note: draft.note, tags: draft.tags, color: draft.color ?? 'yellow' };
    if (draft.annotationId) {
      const annotation: AnnotationView | undefined = store.annotations.find((x) => x.id === draft.annotationId);
      open({ annotationId: draft.annotationId, range: null, quote: annotation?.quote ?? draft.quote ?? '', initial, focus: 'note' });
    } else if (draft.start !== null && draft.end !== null) {
      const range = { start: draft.start, end: draft.end };
      open({ annotationId: null, range, quote: draft.quote ?? documentSlice(blocks, range.start, range.end), initial, focus: 'note' });
    }
  };

  const discardDraft = (draft: AnnotationDraft) => {
    setDrafts((list) => list.filter((d) => d !== draft));
    api.clearDraft({ briefingId: draft.briefingId, annotationId: draft.annotationId }).catch(() => undefined);
  };

  return { editor, drafts, open, save, close, restoreDraft, discardDraft };
}
