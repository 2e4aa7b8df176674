/**
 * The Notes view: every highlight and note in the library, grouped by briefing, with filters by
 * colour, tag, anchoring state and text; each opens the reader at its passage. Exporting the
 * library's notes and importing a backup start here.
 */
import { useState } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import { useCommands } from '../app/commands';
import { useExternalLinks } from '../reader/useExternalLinks';
import { Icon } from '../ui/Icon';
import { AnnotationCard } from './AnnotationCard';
import { groupByBriefing, isFiltered, NO_FILTER, type NotesFilterState } from './notes-filter';
import { NotesFilters } from './NotesFilters';
import { useAnnotationList } from './useAnnotationList';
import { useNotesImport } from './useNotesImport';
import { AppHeader } from '../app/AppHeader';

export interface NotesViewProps {
  onOpen(annotation: AnnotationView): void;
  onOpenBriefing(briefingId: string): void;
}

export function NotesView({ onOpen, onOpenBriefing }: NotesViewProps) {
  const [filters, setFilters] = useState<NotesFilterState>(NO_FILTER);
  const state = useAnnotationList(filters);
  const notesImport = useNotesImport();
  const links = useExternalLinks();
  const commands = useCommands();

  const annotations = state.status === 'ready' ? state.annotations : [];
  const groups = groupByBriefing(annotations);
  const nothingYet = state.status === 'ready' && annotations.length === 0 && !isFiltered(filters);

  return (
    <div className="library notes-view">
      <AppHeader
        current="notes"
        actions={
          <>
            <button type="button" className="button" onClick={notesImport.choose} disabled={notesImport.busy}>
              <Icon name="upload" />
              {notesImport.busy ? 'Importing…' : 'Import notes'}
            </button>
            <button type="button" className="button primary" onClick={() => commands.run('export-notes')} disabled={nothingYet}>
              <Icon name="import" />
              Export notes
            </button>
          </>
        }
      />
      <main className="library-main notes-main">
        <div className="library-heading">
          <h1>Notes</h1>
          {state.status === 'ready' && !nothingYet && (
            <p className="muted" aria-live="polite">
              {annotations.length === 1 ? '1 note' : `${annotations.length} notes`} in {groups.length === 1 ? '1 briefing' : `${groups.length} briefings`}
            </p>
          )}
        </div>
        {!nothingYet && <NotesFilters filters={filters} tags={state.status === 'ready' ? state.tags : []} onChange={setFilters} />}
        {state.status === 'loading' && <p className="muted">Loading your notes…</p>}
        {state.status === 'error' && (
          <p className="inline-error" role="alert">
            {state.message}
          </p>
        )}
        {nothingYet && <EmptyNotes onImport={notesImport.choose} />}
        {state.status === 'ready' && !nothingYet && annotations.length === 0 && (
          <div className="notes-none">
            <p>No notes match these filters.</p>
            <button type="button" className="link-button" onClick={() => setFilters(NO_FILTER)}>
              Clear the filters
            </button>
          </div>
        )}
        {groups.map((group) => (
          <section key={group.briefingId} className="notes-group" aria-labelledby={`notes-${group.briefingId}`}>
            <h2 id={`notes-${group.briefingId}`} className="notes-group-title">
              <a
                href={`#/read/${group.briefingId}`}
                className="title-link"
                onClick={(event) => {
                  event.preventDefault();
                  onOpenBriefing(group.briefingId);
                }}
              >
                {group.briefingTitle}
              </a>
              <span className="muted notes-group-count">{group.annotations.length}</span>
            </h2>
            <ul className="annotation-list">
              {group.annotations.map((annotation) => (
                <AnnotationCard key={annotation.id} annotation={annotation} onOpen={onOpen} onOpenLink={links.open} />
              ))}
            </ul>
          </section>
        ))}
      </main>
      {notesImport.element}
      {links.dialog}
    </div>
  );
}

function EmptyNotes({ onImport }: { onImport(): void }) {
  return (
    <div className="empty-state notes-empty">
      <Icon name="notes" className="empty-icon" />
      <h2>No highlights or notes yet</h2>
      <p>
        Open a briefing and select a passage: a small toolbar offers five highlight colours, a note and tags. Every highlight you make, in every briefing, is
        collected here.
      </p>
      <p className="muted small">
        Moving from another computer?{' '}
        <button type="button" className="link-button" onClick={onImport}>
          Import a notes backup (JSON)
        </button>
      </p>
    </div>
  );
}
