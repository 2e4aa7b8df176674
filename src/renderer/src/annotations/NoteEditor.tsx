/**
 * Writing a note: Markdown with a preview, tags with autocomplete, the colour. ⌘/Ctrl+Enter saves,
 * Escape cancels. What is typed is kept as a draft (debounced) so that a crash or reload loses
 * nothing; the draft goes once the note is saved or cancelled.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/types';
import { api, errorMessage } from '../api/client';
import { IS_MAC } from '../app/keys';
import { Kbd } from '../ui/Kbd';
import { useToasts } from '../ui/toasts';
import { COLOR_LABELS } from '../ui/annotation-labels';
import { NoteMarkdown } from '../ui/NoteMarkdown';
import { TagInput } from './TagInput';

export interface NoteContent {
  note: string;
  tags: string[];
  color: AnnotationColor;
}

export interface NoteEditorProps {
  briefingId: string;
  /** The annotation being edited, or null for a new one at `range`. */
  annotationId: string | null;
  range: { start: number; end: number } | null;
  quote: string;
  initial: NoteContent;
  /** Where the cursor starts: in the note, or in the tags field (the toolbar's Tags button). */
  focus: 'note' | 'tags';
  onSave(content: NoteContent): Promise<void>;
  onCancel(): void;
  /** Opens a web link from the previewed note (asking first). */
  onOpenLink(url: string): void;
}

const DRAFT_DELAY_MS = 400;

export function NoteEditor({ briefingId, annotationId, range, quote, initial, focus, onSave, onCancel, onOpenLink }: NoteEditorProps) {
  const [content, setContent] = useState(initial);
  const [preview, setPreview] = useState(false);
  const [saving, setSaving] = useState(false);
  const { notify } = useToasts();
  const noteId = useId();
  const edited = useRef(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focus === 'note') textarea.current?.focus();
  }, [focus]);

  // Keep a draft while typing (not before the first change: opening an editor is not a draft).
  useEffect(() => {
    if (!edited.current) return;
    const timer = setTimeout(() => {
      api
        .saveDraft({
          briefingId,
          annotationId,
          start: range?.start ?? null,
          end: range?.end ?? null,
          note: content.note,
          color: content.color,
          tags: content.tags
        })
        .catch(() => undefined);
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [content, briefingId, annotationId, range]);

  const change = (patch: Partial<NoteContent>) => {
    edited.current = true;
    setContent((current) => ({ ...current, ...patch }));
  };
  const clearDraft = () => api.clearDraft({ briefingId, annotationId }).catch(() => undefined);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      await onSave(content);
      edited.current = false;
      await clearDraft();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
      setSaving(false);
    }
  };
  const cancel = () => {
    edited.current = false;
    void clearDraft();
    onCancel();
  };

  return (
    <form
      className="note-editor"
      aria-label={annotationId ? 'Edit note' : 'New note'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (IS_MAC ? event.metaKey : event.ctrlKey)) {
          event.preventDefault();
          void save();
        } else if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <blockquote className={`editor-quote color-${content.color}`}>{quote}</blockquote>
      <div className="editor-colors" role="radiogroup" aria-label="Colour">
        {ANNOTATION_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={content.color === color}
            aria-label={COLOR_LABELS[color]}
            className={`swatch swatch-${color}`}
            onClick={() => change({ color })}
          />
        ))}
      </div>
      <div className="editor-note-head">
        <label htmlFor={noteId} className="eyebrow">
          Note
        </label>
        <div className="editor-tabs" role="group" aria-label="Note view">
          <button type="button" className="editor-tab" aria-pressed={!preview} onClick={() => setPreview(false)}>
            Write
          </button>
          <button type="button" className="editor-tab" aria-pressed={preview} onClick={() => setPreview(true)}>
            Preview
          </button>
        </div>
      </div>
      {preview ? (
        <div className="editor-preview" aria-label="Note preview" role="region">
          {content.note.trim() ? <NoteMarkdown note={content.note} onOpenLink={onOpenLink} /> : <p className="muted">Nothing to preview yet.</p>}
        </div>
      ) : (
        <textarea
          id={noteId}
          ref={textarea}
          className="editor-textarea"
          value={content.note}
          rows={5}
          placeholder="Why does this passage matter? Markdown works: **bold**, *italic*, - lists, [links](https://…)"
          onChange={(event) => change({ note: event.target.value })}
        />
      )}
      <span className="eyebrow editor-label">Tags</span>
      <TagInput tags={content.tags} onChange={(tags) => change({ tags })} autoFocus={focus === 'tags'} />
      <div className="editor-actions">
        <span className="muted editor-hint">
          <Kbd spec="Mod+Enter" /> to save
        </span>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
