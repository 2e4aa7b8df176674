/**
 * The reader's own notes at the end of a printed briefing, when they chose so in the reading
 * settings: each highlight with a note, in reading order, with the section it is in and the
 * words it marks. Shown only on paper (print.css); on screen the sidebar has them.
 */
import type { AnnotationView } from '../../../shared/contract/annotations';
import { useSetting } from '../app/settings';
import { printNotesSetting } from '../app/setting-keys';
import { NoteMarkdown } from '../ui/NoteMarkdown';

/** Links cannot be followed on paper; the printed note shows them as text. */
const ignoreLink = () => undefined;

export function PrintNotes({ annotations }: { annotations: readonly AnnotationView[] }) {
  const [printNotes] = useSetting(printNotesSetting);
  const withNotes = annotations.filter((a) => a.note.trim() !== '' && a.status !== 'orphan');
  if (!printNotes || withNotes.length === 0) return null;
  return (
    <section className="print-only print-notes" aria-label="My notes">
      <h2 className="section-title level-1">My notes</h2>
      <ol className="print-note-list">
        {withNotes.map((a) => (
          <li key={a.id} className={`print-note annotation-${a.color}`}>
            {a.sectionTitle && <p className="print-note-section">{a.sectionTitle}</p>}
            <blockquote className="print-note-quote">“{a.quote}”</blockquote>
            <NoteMarkdown note={a.note} onOpenLink={ignoreLink} />
          </li>
        ))}
      </ol>
    </section>
  );
}
