/** The reading view of one briefing: loading it, and saying clearly when it cannot be opened. */
import { useState } from 'react';
import { AnnotationLayer } from '../annotations/AnnotationLayer';
import { useCommands } from '../app/commands';
import { PrintNotes } from '../print/PrintNotes';
import { FactsButton } from '../facts/FactsPanel';
import { BriefingActions } from '../reader-actions/BriefingActions';
import { Icon } from '../ui/Icon';
import { ReaderScreen, type ReaderTarget } from './ReaderScreen';
import { useBriefing } from './useBriefing';

export interface ReaderViewProps {
  briefingId: string;
  /** A passage to open at (a deep link or a search hit) instead of the saved reading position. */
  target: ReaderTarget | null;
}

export function ReaderView({ briefingId, target }: ReaderViewProps) {
  const [version, setVersion] = useState(0);
  const state = useBriefing(briefingId, version);
  const commands = useCommands();
  if (state.status === 'ready') {
    const reload = () => setVersion((v) => v + 1);
    return (
      <AnnotationLayer doc={state.doc} onReload={reload} focusAnnotationId={target?.annotationId}>
        {(parts) => (
          <ReaderScreen
            doc={state.doc}
            savedPosition={state.position}
            target={target}
            aside={parts.aside}
            overlay={parts.overlay}
            afterArticle={<PrintNotes annotations={parts.annotations} />}
            toolbarActions={
              <>
                {parts.toolbarActions}
                <FactsButton doc={state.doc} />
                <BriefingActions doc={state.doc} onChanged={reload} />
              </>
            }
          />
        )}
      </AnnotationLayer>
    );
  }
  return (
    <div className="reader-status" aria-busy={state.status === 'loading'}>
      {state.status === 'loading' ? (
        <p className="muted">Opening the briefing…</p>
      ) : (
        <div className="empty-state">
          <Icon name="alert" className="empty-icon" />
          <h1>This briefing could not be opened</h1>
          <p>{state.message}</p>
          <button type="button" className="button primary" onClick={() => commands.run('show-library')}>
            Back to the library
          </button>
        </div>
      )}
    </div>
  );
}
