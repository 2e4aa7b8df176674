/**
 * A note written in Markdown, shown formatted and sanitised (see MarkdownBody). Shared by the
 * Notes view and the reader's annotation sidebar. The Markdown libraries are loaded on first use,
 * outside the app's start-up bundle; until then the note shows as plain text.
 */
import { lazy, Suspense } from 'react';

const MarkdownBody = lazy(() => import('./MarkdownBody'));

export interface NoteMarkdownProps {
  note: string;
  /**
   * Opens a web link from the note (pass `useExternalLinks().open`, which asks first). Links are
   * never followed in the app's own window.
   */
  onOpenLink(url: string): void;
  className?: string;
}

export function NoteMarkdown(props: NoteMarkdownProps) {
  const className = props.className ? `note-markdown ${props.className}` : 'note-markdown';
  return (
    <Suspense fallback={<div className={`${className} note-plain`}>{props.note}</div>}>
      <MarkdownBody {...props} />
    </Suspense>
  );
}
