/**
 * "Compact library" at the foot of the library screen, under where the library lives on disk: the
 * button (disabled while it runs), then what it is for or what it did, in one line. No
 * confirmation: compacting changes no briefing, note or setting.
 */
import type { LibraryMaintenance as Maintenance } from './useLibraryMaintenance';

const HINT = 'Removes what deleted briefings left in the search index and gives their space back.';

export function LibraryMaintenance({ maintenance: { state, run } }: { maintenance: Maintenance }) {
  const running = state.status === 'running';
  return (
    <div className="library-maintenance">
      <button type="button" className="button" onClick={run} disabled={running} aria-describedby="library-maintenance-outcome">
        {running ? 'Compacting…' : 'Compact library'}
      </button>
      {/* Always on screen, so that a screen reader announces the outcome when it arrives. */}
      <p id="library-maintenance-outcome" className={state.status === 'done' ? undefined : 'muted'} role="status">
        {state.status === 'done' ? state.summary : state.status === 'idle' ? HINT : ''}
      </p>
      {state.status === 'error' && (
        <p className="library-maintenance-error" role="alert">
          Could not compact the library: {state.message}
        </p>
      )}
    </div>
  );
}
