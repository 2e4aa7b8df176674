/**
 * One annotation in the Notes view: its colour, the quoted words, the note (Markdown), tags,
 * section and anchoring state. The card opens the reader at the passage; an orphaned one opens
 * the briefing (its words are no longer there).
 */
import type { AnnotationView } from '../../../shared/contract/annotations';
import { relativeTime } from '../library/relative-time';
import { NoteMarkdown } from '../ui/NoteMarkdown';
import { COLOR_LABELS, STATUS_LABELS } from '../ui/annotation-labels';

export interface AnnotationCardProps {
  annotation: AnnotationView;
  onOpen(annotation: AnnotationView): void;
  onOpenLink(url: string): void;
}

export function AnnotationCard({ annotation, onOpen, onOpenLink }: AnnotationCardProps) {
  const status = STATUS_LABELS[annotation.status];
  return (
    <li className={`annotation-card color-${annotation.color}`} data-annotation-id={annotation.id}>
      <span className="visually-hidden">{COLOR_LABELS[annotation.color]} highlight. </span>
      <div className="annotation-meta">
        <span className="annotation-section">
          {annotation.sectionTitle ?? (annotation.status === 'orphan' ? 'No longer in the text' : 'Before the first section')}
        </span>
        <span className={`status-badge status-${annotation.status}`} title={status.description}>
          {status.label}
        </span>
        <time className="annotation-date" dateTime={annotation.created} title={new Date(annotation.created).toLocaleString()}>
          {relativeTime(annotation.created)}
        </time>
      </div>
      <blockquote className="annotation-quote">
        <button
          type="button"
          className="quote-button"
          title={annotation.status === 'orphan' ? 'Open the briefing' : 'Open at this passage'}
          onClick={() => onOpen(annotation)}
        >
          {annotation.quote}
        </button>
      </blockquote>
      {annotation.note && <NoteMarkdown note={annotation.note} onOpenLink={onOpenLink} className="annotation-note" />}
      {annotation.tags.length > 0 && (
        <ul className="annotation-tags" aria-label="Tags">
          {annotation.tags.map((tag) => (
            <li key={tag} className="tag">
              #{tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
