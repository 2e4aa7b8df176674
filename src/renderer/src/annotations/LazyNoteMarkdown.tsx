/**
 * A note rendered as Markdown, with the Markdown parser and sanitiser loaded on first use (they
 * are a third of the renderer's code, and a reader without notes never needs them). Until they
 * arrive the note shows as plain text — as text, never as HTML.
 */
import { lazy, Suspense } from 'react';

const NoteMarkdown = lazy(() => import('./NoteMarkdown'));

export function LazyNoteMarkdown({ note }: { note: string }) {
  return (
    <Suspense fallback={<p className="note-markdown note-plain">{note}</p>}>
      <NoteMarkdown note={note} />
    </Suspense>
  );
}
