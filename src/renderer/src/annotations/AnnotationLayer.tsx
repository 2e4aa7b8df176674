/**
 * The annotation layer over the reader: the selection toolbar, highlights painted in the text, the
 * sidebar with the note editor, delete with undo, drafts offered back, and "Update from file…". It
 * wraps ReaderScreen and hands it the parts it has room for (`aside`, toolbar actions), and reaches
 * the text through the DOM the reader renders — never re-rendering it. Its state lives in hooks:
 * the editor (useAnnotationEditor), deleting (useDeleteWithUndo), keys (useAnnotationCommands) and
 * clicks on highlights (useHighlightClicks).
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import type { AnnotationColor, BriefingDocument } from '../../../shared/types';
import { useSetting } from '../app/settings';
import { annotationsOpenSetting } from '../app/setting-keys';
import { errorMessage } from '../api/client';
import { createBlockLookup } from '../reader/block-lookup';
import { flash, readerScroll, revealRange } from '../reader/scrolling';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { AnnotationSidebar, type AnnotationActions } from './AnnotationSidebar';
import { copyWithCitation, STYLE_SHORT_NAMES, writeClipboard } from './clipboard';
import type { DocumentRange } from './document-text';
import { clearAnnotations, domRanges, paintAnnotations } from './paint-annotations';
import { SelectionToolbar } from './SelectionToolbar';
import { useUpdateFromFile } from './UpdateFromFile';
import { focusInAnnotationUi, useAnnotationCommands } from './useAnnotationCommands';
import { useAnnotationEditor } from './useAnnotationEditor';
import { useAnnotations } from './useAnnotations';
import { useDeleteWithUndo } from './useDeleteWithUndo';
import { useHighlightClicks } from './useHighlightClicks';
import { useTextSelection } from './useTextSelection';

export interface AnnotationParts {
  aside: ReactNode;
  toolbarActions: ReactNode;
  /** The briefing's annotations, for what else shows them (the notes of a printout). */
  annotations: AnnotationView[];
  /** The toolbar for the selected text, when there is a selection. */
  overlay: ReactNode;
}

export interface AnnotationLayerProps {
  doc: BriefingDocument;
  /** Reloads the briefing (after it was updated to a new edition). */
  onReload(): void;
  /** An annotation to show when the briefing opens (from the Notes view): selected, sidebar open. */
  focusAnnotationId?: string | undefined;
  children(parts: AnnotationParts): ReactNode;
}

function focusText(): void {
  readerScroll()?.focus({ preventScroll: true });
}

export function AnnotationLayer({ doc, onReload, focusAnnotationId, children }: AnnotationLayerProps) {
  const store = useAnnotations(doc.id, doc.edition);
  const { annotations } = store;
  const { notify } = useToasts();
  const [openByDefault, rememberOpen] = useSetting(annotationsOpenSetting);
  const [sidebarOpen, setSidebarOpen] = useState(focusAnnotationId !== undefined || openByDefault);
  // Opened or closed by the user (button, A, close) is remembered for the next briefing; opened
  // by the app (an editor, a draft, a click on a highlight) is not.
  const toggleSidebar = (open: boolean) => {
    setSidebarOpen(open);
    rememberOpen(open);
  };
  const [selectedId, setSelectedId] = useState<string | null>(focusAnnotationId ?? null);
  const [toolbarFocus, setToolbarFocus] = useState(0);
  const lookup = useMemo(() => createBlockLookup(readerScroll), []);
  const { selection, latest, clear } = useTextSelection(doc.blocks, focusInAnnotationUi);
  const showSidebar = useCallback(() => setSidebarOpen(true), []);
  const editor = useAnnotationEditor({
    briefingId: doc.id,
    blocks: doc.blocks,
    store,
    onShow: showSidebar,
    onCreated: (id) => {
      setSelectedId(id);
      clear();
    }
  });
  const deleting = useDeleteWithUndo(store, setSelectedId);
  const update = useUpdateFromFile({
    briefingId: doc.id,
    edition: doc.edition,
    onUpdated: () => {
      onReload();
      setSidebarOpen(true);
    }
  });

  useEffect(() => paintAnnotations(doc.blocks, annotations, selectedId, lookup), [doc.blocks, annotations, selectedId, lookup]);
  useEffect(() => clearAnnotations, []);

  const highlight = async (color: AnnotationColor) => {
    const selection = latest();
    if (!selection) return;
    try {
      const created = await store.create({ start: selection.range.start, end: selection.range.end, quote: selection.quote, color });
      setSelectedId(created.id);
      clear();
      focusText();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const annotate = (focus: 'note' | 'tags') => {
    const selection = latest();
    if (!selection) return;
    editor.open({ annotationId: null, range: selection.range, quote: selection.quote, initial: { note: '', tags: [], color: 'yellow' }, focus });
  };

  const edit = (a: AnnotationView) => {
    setSelectedId(a.id);
    editor.open({ annotationId: a.id, range: null, quote: a.quote, initial: { note: a.note, tags: a.tags, color: a.color }, focus: 'note' });
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

  useAnnotationCommands({
    hasSelection: selection !== null,
    highlight: () => void highlight('yellow'),
    note: () => annotate('note'),
    toggleSidebar: () => toggleSidebar(!sidebarOpen),
    clearSelection: clear,
    focusToolbar: () => setToolbarFocus((n) => n + 1),
    undoDelete: deleting.undoLast
  });

  // A click on a highlight shows its annotation in the sidebar; a second click on the same one
  // opens it for editing.
  useHighlightClicks(annotations, (hit) => {
    if (hit.id === selectedId && editor.editor?.annotationId !== hit.id) edit(hit);
    setSelectedId(hit.id);
    setSidebarOpen(true);
    requestAnimationFrame(() => document.querySelector(`[data-annotation-id="${CSS.escape(hit.id)}"]`)?.scrollIntoView({ block: 'nearest' }));
  });

  const actions: AnnotationActions = {
    open: show,
    edit,
    remove: (a) => {
      if (editor.editor?.annotationId === a.id) editor.close();
      void deleting.remove(a);
    },
    copyWithCitation: (a) => void cite(a, a.quote)
  };

  const aside = sidebarOpen ? (
    <AnnotationSidebar
      briefingId={doc.id}
      annotations={annotations}
      selectedId={selectedId}
      editor={editor}
      actions={actions}
      onClose={() => {
        toggleSidebar(false);
        focusText();
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
        onClick={() => toggleSidebar(!sidebarOpen)}
      >
        <Icon name="highlighter" />
        {annotations.length > 0 && <span className="badge-count">{annotations.length}</span>}
      </button>
    </>
  );

  // Drawn by the reader inside its main landmark, where the selected text is.
  const overlay =
    selection && !editor.editor ? (
      <SelectionToolbar
        anchor={selection.rect}
        focusSignal={toolbarFocus}
        onHighlight={(color) => void highlight(color)}
        onNote={() => annotate('note')}
        onTags={() => annotate('tags')}
        onCopy={() => void copy(false)}
        onCopyWithCitation={() => void copy(true)}
        onLeave={focusText}
      />
    ) : null;

  return (
    <>
      {children({ aside, toolbarActions, annotations, overlay })}
      {update.element}
    </>
  );
}
