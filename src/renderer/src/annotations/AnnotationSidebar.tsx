/**
 * The annotations of the open briefing beside the text: in reading order with orphans last,
 * filtered by colour and tag, each one a way back to its passage. The note editor opens here, at
 * the top for a new annotation and in place for an existing one; unsaved drafts are offered back.
 */
import { useMemo, useState } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/types';
import { relativeTime } from '../library/relative-time';
import { useExternalLinks } from '../reader/useExternalLinks';
import { COLOR_LABELS } from '../ui/annotation-labels';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { AnnotationItem } from './AnnotationItem';
import { NoteEditor } from './NoteEditor';
import type { AnnotationEditor } from './useAnnotationEditor';

/** What each annotation in the list offers. */
export interface AnnotationActions {
  /** Shows the passage in the text. */
  open(annotation: AnnotationView): void;
  edit(annotation: AnnotationView): void;
  remove(annotation: AnnotationView): void;
  copyWithCitation(annotation: AnnotationView): void;
}

export interface AnnotationSidebarProps {
  briefingId: string;
  annotations: AnnotationView[];
  selectedId: string | null;
  /** The note editor and the drafts offered back. */
  editor: AnnotationEditor;
  actions: AnnotationActions;
  onClose(): void;
}

export function AnnotationSidebar({ briefingId, annotations, selectedId, editor: editing, actions, onClose }: AnnotationSidebarProps) {
  const { editor, drafts } = editing;
  const [colors, setColors] = useState<AnnotationColor[]>([]);
  const [tag, setTag] = useState<string | null>(null);
  const links = useExternalLinks();

  const tags = useMemo(() => [...new Set(annotations.flatMap((a) => a.tags))].sort((x, y) => x.localeCompare(y)), [annotations]);
  const shown = annotations.filter(
    (a) => (colors.length === 0 || colors.includes(a.color)) && (tag === null || a.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))
  );
  const placed = shown.filter((a) => a.status !== 'orphan');
  const orphans = shown.filter((a) => a.status === 'orphan');
  const filtered = colors.length > 0 || tag !== null;
  const toggleColor = (color: AnnotationColor) => setColors((current) => (current.includes(color) ? current.filter((c) => c !== color) : [...current, color]));

  const editorFor = (annotationId: string | null) =>
    editor && editor.annotationId === annotationId ? (
      <NoteEditor
        key={editor.key}
        briefingId={briefingId}
        annotationId={editor.annotationId}
        range={editor.range}
        quote={editor.quote}
        initial={editor.initial}
        focus={editor.focus}
        onSave={editing.save}
        onCancel={editing.close}
        onOpenLink={links.open}
      />
    ) : null;

  const item = (a: AnnotationView) =>
    editor?.annotationId === a.id ? (
      <li key={a.id} className="annotation-item editing">
        {editorFor(a.id)}
      </li>
    ) : (
      <AnnotationItem
        key={a.id}
        annotation={a}
        selected={a.id === selectedId}
        onOpen={() => actions.open(a)}
        onEdit={() => actions.edit(a)}
        onDelete={() => actions.remove(a)}
        onCopyWithCitation={() => actions.copyWithCitation(a)}
        onOpenLink={links.open}
      />
    );

  return (
    <section className="annotation-sidebar" aria-labelledby="annotations-heading">
      {links.dialog}
      <header className="sidebar-header">
        <h2 id="annotations-heading">
          Annotations <span className="count">{annotations.length}</span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close annotations" data-tooltip="Close (A)" onClick={onClose}>
          <Icon name="x" />
        </button>
      </header>

      {drafts.map((draft) => (
        <div key={draft.annotationId ?? 'new'} className="draft-offer" role="status">
          <p>
            You have an unsaved note from {relativeTime(draft.updated)}
            {draft.quote ? <> on “{shorten(draft.quote, 60)}”</> : null}.
          </p>
          <div className="draft-actions">
            <button
              type="button"
              className="button primary small"
              onClick={() => editing.restoreDraft(draft)}
              disabled={draft.annotationId === null && draft.start === null}
            >
              Restore
            </button>
            <button type="button" className="button small" onClick={() => editing.discardDraft(draft)}>
              Discard
            </button>
          </div>
        </div>
      ))}

      {editor?.annotationId === null && <div className="new-annotation">{editorFor(null)}</div>}

      {annotations.length > 0 && (
        <div className="sidebar-filters" role="group" aria-label="Filter annotations">
          <div className="filter-colors" role="group" aria-label="By colour">
            {ANNOTATION_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                className={`swatch swatch-${color}`}
                aria-pressed={colors.includes(color)}
                aria-label={`Show ${COLOR_LABELS[color].toLowerCase()}`}
                title={`Only ${COLOR_LABELS[color].toLowerCase()}`}
                onClick={() => toggleColor(color)}
              />
            ))}
          </div>
          {tags.length > 0 && (
            <select className="filter-tag" aria-label="By tag" value={tag ?? ''} onChange={(event) => setTag(event.target.value || null)}>
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          )}
          {filtered && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setColors([]);
                setTag(null);
              }}
            >
              Clear
            </button>
          )}
        </div>
      )}

      {annotations.length === 0 && !editor ? (
        <div className="sidebar-empty">
          <Icon name="highlighter" className="empty-icon" />
          <p>Select words in the text to highlight them, add a note or copy them with a citation.</p>
          <p className="muted">
            With the keyboard: find the words (<Kbd spec="Mod+F" />, then <Kbd spec="Escape" />) or select with <Kbd spec="Shift+ArrowRight" />, then press{' '}
            <Kbd spec="H" /> to highlight or <Kbd spec="N" /> for a note.
          </p>
        </div>
      ) : (
        <>
          {filtered && shown.length === 0 && <p className="muted sidebar-note">No annotation matches these filters.</p>}
          <ol className="annotation-list" aria-label="Annotations in reading order">
            {placed.map(item)}
          </ol>
          {orphans.length > 0 && (
            <>
              <h3 className="eyebrow orphan-heading">Not found in this edition</h3>
              <p className="muted sidebar-note">
                The text these were attached to changed too much in a new edition. They keep their quote and note; delete them or keep them for the record.
              </p>
              <ol className="annotation-list orphans" aria-label="Orphaned annotations">
                {orphans.map(item)}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
