/** The facts and flags matching filters, reloaded when the library changes. */
import { useCallback, useEffect, useState } from 'react';
import type { FactFilters, FactFlag, FactInContext } from '../../../shared/contract/facts';
import { api, onAppEvent } from '../api/client';

export interface FactsState {
  facts: FactInContext[];
  flags: FactFlag[];
  loading: boolean;
  error: string | null;
  reload(): void;
}

export function useFacts(filters: FactFilters, flagScope: { briefingId?: string }): FactsState {
  const [state, setState] = useState<Omit<FactsState, 'reload'>>({ facts: [], flags: [], loading: true, error: null });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filters);
  const scope = flagScope.briefingId;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    Promise.all([api.listFacts(JSON.parse(key) as FactFilters), api.factFlags(scope ? { briefingId: scope } : {})])
      .then(([facts, flags]) => live && setState({ facts, flags, loading: false, error: null }))
      .catch((error: unknown) => live && setState({ facts: [], flags: [], loading: false, error: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [key, scope, version]);
  useEffect(() => onAppEvent((event) => event.type === 'library-changed' && setVersion((v) => v + 1)), []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}

/** For each fact some flag involves, the first flag's kind (warnings sort before corroborations). */
export function flaggedFacts(flags: readonly FactFlag[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const flag of flags) for (const id of flag.factIds) if (!map.has(id)) map.set(id, flag.kind);
  return map;
}
