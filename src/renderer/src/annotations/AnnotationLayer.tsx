/**
 * The annotation layer over the reader (issue 5): the selection toolbar, highlights painted in the
 * text, the sidebar with the note editor, delete with undo, drafts offered back, and "Update from
 * file…". It wraps ReaderScreen and hands it the parts it has room for (`aside`, toolbar actions),
 * and reaches the text through the DOM the reader renders — never re-rendering it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnnotationDraft, AnnotationView } from '../../../shared/contract/annotations';
import type { AnnotationColor, BriefingDocument } from '../../../shared/types';
import { api, errorMessage } from '../api/client';
import { useCommand } from '../app/commands';
import { isTyping, IS_MAC } from '../app/keys';
import { createBlockLookup } from '../reader/block-lookup';
import { flash, revealRange } from '../reader/scrolling';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { AnnotationSidebar, type EditorState } from './AnnotationSidebar';
import { copyWithCitation, STYLE_SHORT_NAMES, writeClipboard } from './clipboard';
import { annotationAt, documentSlice, type DocumentRange } from './document-text';
import type { NoteContent } from './NoteEditor';
import { clearAnnotations, domRanges, paintAnnotations } from './paint-annotations';
import { documentOffsetAt } from './selection-range';
import { SelectionToolbar } from './SelectionToolbar';
import { useUpdateFromFile } from './UpdateFromFile';
import { useAnnotations } from './useAnnotations';
import { readerScroll, useTextSelection } from './useTextSelection';

export interface AnnotationParts {
  aside: ReactNode;
  toolbarActions: ReactNode;
  /** The briefing's annotations, for what else shows them (the notes of a printout). */
  annotations: AnnotationView[];
}

export interface AnnotationLayerProps {
  doc: BriefingDocument;
  /** Reloads the briefing (after it was updated to a new edition). */
  onReload(): void;
  /** An annotation to show when the briefing opens (from the Notes view): selected, sidebar open. */
  focusAnnotationId?: string | undefined;
  children(parts: AnnotationParts): ReactNode;
}

/** Inside the toolbar or the sidebar, where losing the text selection is expected. */
function focusInAnnotationUi(): boolean {
  return document.activeElement instanceof Element && document.activeElement.closest('.selection-toolbar, .reader-aside') !== null;
}

export function AnnotationLayer({ doc, onReload, focusAnnotationId, children }: AnnotationLayerProps) {
  const store = useAnnotations(doc.id, doc.edition);
  const { annotations } = store;
  const { notify } = useToasts();
  const [sidebarOpen, setSidebarOpen] = useState(focusAnnotationId !== undefined);
  const [selectedId, setSelectedId] = useState<string | null>(focusAnnotationId ?? null);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [drafts, setDrafts] = useState<AnnotationDraft[]>([]);
  const [toolbarFocus, setToolbarFocus] = useState(0);
  const lastDeleted = useRef<string | null>(null);
  const editorKey = useRef(0);
  const lookup = useMemo(() => createBlockLookup(readerScroll), [doc]);
  const { selection, latest, clear } = useTextSelection(doc.blocks, focusInAnnotationUi);
  const update = useUpdateFromFile({
    briefingId: doc.id,
    edition: doc.edition,
    onUpdated: () => {
      onReload();
      setSidebarOpen(true);
    }
  });

  // Drafts left by a crash or a reload are offered back when the briefing opens.
  useEffect(() => {
    let current = true;
    api.listDrafts({ briefingId: doc.id }).then(
      (found) => {
        if (!current || found.length === 0) return;
        setDrafts(found);
        setSidebarOpen(true);
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [doc.id]);

  useEffect(() => paintAnnotations(doc.blocks, annotations, selectedId, lookup), [doc.blocks, annotations, selectedId, lookup]);
  useEffect(() => clearAnnotations, []);

  const openEditor = useCallback((state: Omit<EditorState, 'key'>) => {
    editorKey.current += 1;
    setEditor({ ...state, key: editorKey.current });
    setSidebarOpen(true);
  }, []);

  const highlight = async (color: AnnotationColor) => {
    const selection = latest();
    if (!selection) return;
    try {
      const created = await store.create({ start: selection.range.start, end: selection.range.end, quote: selection.quote, color });
      setSelectedId(created.id);
      clear();
      readerScroll()?.focus({ preventScroll: true });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const annotate = (focus: 'note' | 'tags') => {
    const selection = latest();
    if (!selection) return;
    openEditor({ annotationId: null, range: selection.range, quote: selection.quote, initial: { note: '', tags: [], color: 'yellow' }, focus });
  };

  const edit = (a: AnnotationView, focus: 'note' | 'tags' = 'note') => {
    setSelectedId(a.id);
    openEditor({ annotationId: a.id, range: null, quote: a.quote, initial: { note: a.note, tags: a.tags, color: a.color }, focus });
  };

  const save = async (content: NoteContent) => {
    if (!editor) return;
    if (editor.annotationId === null && editor.range) {
      const created = await store.create({ start: editor.range.start, end: editor.range.end, quote: editor.quote, ...content });
      setSelectedId(created.id);
      clear();
    } else if (editor.annotationId) {
      await store.update({ id: editor.annotationId, ...content });
    }
    closeEditor();
  };

  // Saving or cancelling clears the editor's draft in main; an offer to restore it would be stale.
  const closeEditor = () => {
    if (editor) setDrafts((list) => list.filter((d) => d.annotationId !== editor.annotationId));
    setEditor(null);
  };

  const remove = async (a: AnnotationView) => {
    try {
      await store.remove(a.id);
      lastDeleted.current = a.id;
      if (editor?.annotationId === a.id) setEditor(null);
      notify({ message: 'Annotation deleted', action: { label: 'Undo', run: () => void undo() } });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const undo = async () => {
    const id = lastDeleted.current;
    if (!id) return;
    lastDeleted.current = null;
    try {
      await store.restore(id);
      setSelectedId(id);
      notify({ tone: 'success', message: 'Annotation restored' });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const show = (a: AnnotationView) => {
    setSelectedId(a.id);
    const container = readerScroll();
    const element = a.blockId === null ? null : lookup(a.blockId);
    const first = domRanges(doc.blocks, a, lookup)[0];
    if (!container || !element || !first) return;
    revealRange(container, element, first);
    flash(element);
  };

  const cite = async (range: DocumentRange, quote: string) => {
    try {
      const result = await copyWithCitation(doc.id, range, quote);
      notify({ tone: 'success', message: `Copied with citation (${STYLE_SHORT_NAMES[result.style]})` });
    } catch (error) {
      notify({ tone: 'error', message: `Copy: ${errorMessage(error)}` });
    }
  };

  const copy = async (withCitation: boolean) => {
    const selection = latest();
    if (!selection) return;
    if (withCitation) {
      await cite(selection.range, selection.quote);
      return;
    }
    try {
      await writeClipboard(selection.quote);
      notify({ tone: 'success', message: 'Copied' });
    } catch (error) {
      notify({ tone: 'error', message: `Copy: ${errorMessage(error)}` });
    }
  };

  const restoreDraft = (draft: AnnotationDraft) => {
    setDrafts((list) => list.filter((d) => d !== draft));
    const initial = { note: draft.note, tags: draft.tags, color: draft.color ?? 'yellow' };
    if (draft.annotationId) {
      const a = annotations.find((x) => x.id === draft.annotationId);
      openEditor({ annotationId: draft.annotationId, range: null, quote: a?.quote ?? draft.quote ?? '', initial, focus: 'note' });
    } else if (draft.start !== null && draft.end !== null) {
      const range = { start: draft.start, end: draft.end };
      openEditor({ annotationId: null, range, quote: draft.quote ?? documentSlice(doc.blocks, range.start, range.end), initial, focus: 'note' });
    }
  };
  const discardDraft = (draft: AnnotationDraft) => {
    setDrafts((list) => list.filter((d) => d !== draft));
    api.clearDraft({ briefingId: draft.briefingId, annotationId: draft.annotationId }).catch(() => undefined);
  };

  // H, N and A are in the shortcut table (and the help overlay); H and N only while there is a selection.
  useCommand('highlight-selection', () => void highlight('yellow'), selection !== null);
  useCommand('note-selection', () => annotate('note'), selection !== null);
  useCommand('toggle-annotations', () => setSidebarOpen((open) => !open));

  // Keys that depend on where focus is: Tab/F6 from the text to the toolbar, ⌘/Ctrl+Z after a
  // delete (but not in a text field, where it undoes typing).
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keys.current = (event) => {
    if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
    if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
    const mod = IS_MAC ? event.metaKey : event.ctrlKey;
    if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z' && lastDeleted.current) {
      event.preventDefault();
      void undo();
    } else if (selection && event.key === 'Escape' && !focusInAnnotationUi()) {
      // Nothing else wanted Escape (find, search and dialogs come first): drop the selection.
      event.preventDefault();
      clear();
    } else if (selection && ((event.key === 'Tab' && !event.shiftKey) || event.key === 'F6') && !focusInAnnotationUi()) {
      event.preventDefault();
      setToolbarFocus((n) => n + 1);
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // A click on a highlight (not the end of a drag) shows its annotation in the sidebar; a second
  // click on the same one opens it for editing.
  const clickHighlight = useRef<(hit: AnnotationView) => void>(() => undefined);
  clickHighlight.current = (hit) => {
    if (hit.id === selectedId && editor?.annotationId !== hit.id) edit(hit);
    setSelectedId(hit.id);
    setSidebarOpen(true);
    requestAnimationFrame(() => document.querySelector(`[data-annotation-id="${CSS.escape(hit.id)}"]`)?.scrollIntoView({ block: 'nearest' }));
  };
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (event.button !== 0 || !target.closest?.('.reader-scroll .article') || target.closest('a')) return;
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      const offset = documentOffsetAt(event.clientX, event.clientY);
      const hit = offset === null ? null : annotationAt(annotations, offset);
      if (hit) clickHighlight.current(hit);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [annotations]);

  const aside = sidebarOpen ? (
    <AnnotationSidebar
      briefingId={doc.id}
      annotations={annotations}
      selectedId={selectedId}
      editor={editor}
      drafts={drafts}
      onOpen={show}
      onEdit={(a) => edit(a)}
      onDelete={(a) => void remove(a)}
      onCopyWithCitation={(a) => void cite(a, a.quote)}
      onSave={save}
      onCancel={closeEditor}
      onRestoreDraft={restoreDraft}
      onDiscardDraft={discardDraft}
      onClose={() => {
        setSidebarOpen(false);
        readerScroll()?.focus({ preventScroll: true });
      }}
    />
  ) : undefined;

  const toolbarActions = (
    <>
      <button type="button" className="icon-button" aria-label="Update from file…" data-tooltip="Update from file… (a new edition)" onClick={update.choose}>
        <Icon name="refresh" />
      </button>
      <button
        type="button"
        className="icon-button annotations-toggle"
        aria-label={annotations.length > 0 ? `Annotations (${annotations.length})` : 'Annotations'}
        aria-pressed={sidebarOpen}
        data-tooltip="Annotations (A)"
        onClick={() => setSidebarOpen((open) => !open)}
      >
        <Icon name="highlighter" />
        {annotations.length > 0 && <span className="badge-count">{annotations.length}</span>}
      </button>
    </>
  );

  return (
    <>
      {children({ aside, toolbarActions, annotations })}
      {selection && !editor && (
        <SelectionToolbar
          anchor={selection.rect}
          focusSignal={toolbarFocus}
          onHighlight={(color) => void highlight(color)}
          onNote={() => annotate('note')}
          onTags={() => annotate('tags')}
          onCopy={() => void copy(false)}
          onCopyWithCitation={() => void copy(true)}
          onLeave={() => readerScroll()?.focus({ preventScroll: true })}
        />
      )}
      {update.element}
    </>
  );
}
