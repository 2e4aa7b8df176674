/** One annotation in the sidebar: colour, quote, note, tags, anchoring state and its actions. */
import { useState } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import { Icon } from '../ui/Icon';
import { COLOR_LABELS, STATUS_LABELS } from '../ui/annotation-labels';
import { NoteMarkdown } from '../ui/NoteMarkdown';
import { PassageChanges } from './PassageChanges';

export interface AnnotationItemProps {
  annotation: AnnotationView;
  selected: boolean;
  onOpen(): void;
  onEdit(): void;
  onDelete(): void;
  onCopyWithCitation(): void;
  /** Opens a web link from the note (asking first). */
  onOpenLink(url: string): void;
}

export function AnnotationItem({ annotation: a, selected, onOpen, onEdit, onDelete, onCopyWithCitation, onOpenLink }: AnnotationItemProps) {
  const [showChanges, setShowChanges] = useState(false);
  const orphan = a.status === 'orphan';
  return (
    <li className={`annotation-item color-${a.color}${selected ? ' selected' : ''}`} data-annotation-id={a.id} aria-current={selected || undefined}>
      <button
        type="button"
        className="annotation-quote"
        onClick={onOpen}
        disabled={orphan}
        aria-label={orphan ? undefined : `Go to the passage: ${a.quote.slice(0, 80)}`}
        title={orphan ? undefined : 'Show in the text'}
      >
        <span className="color-dot" role="img" aria-label={COLOR_LABELS[a.color]} />
        <span className="quote-text">{a.quote}</span>
      </button>
      {a.note.trim() && <NoteMarkdown note={a.note} onOpenLink={onOpenLink} />}
      {a.tags.length > 0 && (
        <ul className="tag-chips" aria-label="Tags">
          {a.tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div className="annotation-meta">
        <span className={`status-badge status-${a.status}`} title={STATUS_LABELS[a.status].description}>
          {STATUS_LABELS[a.status].label}
        </span>
        {a.sectionTitle && <span className="annotation-section muted">{a.sectionTitle}</span>}
        <span className="annotation-actions">
          {a.status !== 'exact' && (
            <button type="button" className="link-button" aria-expanded={showChanges} onClick={() => setShowChanges((v) => !v)}>
              What changed?
            </button>
          )}
          {!orphan && (
            <button type="button" className="icon-button small" aria-label="Copy with citation" data-tooltip="Copy with citation" onClick={onCopyWithCitation}>
              <Icon name="quote" />
            </button>
          )}
          <button type="button" className="icon-button small" aria-label="Edit note, tags and colour" data-tooltip="Edit" onClick={onEdit}>
            <Icon name="note" />
          </button>
          <button type="button" className="icon-button small" aria-label="Delete annotation" data-tooltip="Delete" onClick={onDelete}>
            <Icon name="trash" />
          </button>
        </span>
      </div>
      {orphan && <p className="orphan-hint muted">{STATUS_LABELS.orphan.description}</p>}
      {showChanges && <PassageChanges annotationId={a.id} />}
    </li>
  );
}
