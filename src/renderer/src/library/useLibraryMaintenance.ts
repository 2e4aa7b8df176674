/**
 * Compacting the library (the contract's `maintainLibrary`, the app's `briefing maintain`): one run
 * at a time, its outcome kept as one line. Held by the app rather than the library view, so that
 * the menu's "Compact Library" works from any view and its result waits on the library screen.
 */
import { useCallback, useRef, useState } from 'react';
import { api, errorMessage } from '../api/client';
import { maintenanceSummary } from './maintenance-summary';

export type MaintenanceState = { status: 'idle' } | { status: 'running' } | { status: 'done'; summary: string } | { status: 'error'; message: string };

export interface LibraryMaintenance {
  state: MaintenanceState;
  /** Starts compacting, unless a run is already under way. */
  run(): void;
}

export function useLibraryMaintenance(): LibraryMaintenance {
  const [state, setState] = useState<MaintenanceState>({ status: 'idle' });
  // A ref, not the state: a menu command and a click in the same tick must not start two runs.
  const running = useRef(false);
  const run = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setState({ status: 'running' });
    api
      .maintainLibrary({})
      .then(
        (report) => setState({ status: 'done', summary: maintenanceSummary(report) }),
        (error: unknown) => setState({ status: 'error', message: errorMessage(error) })
      )
      .finally(() => (running.current = false));
  }, []);
  return { state, run };
}
