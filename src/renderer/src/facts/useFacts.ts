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
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filters);
  const scope = flagScope.briefingId;
  // Which request the held answer is for: while it is not the current one, the state is loading.
  const request = `${key} ${scope ?? ''} ${version}`;
  const [answer, setAnswer] = useState<{ request: string; facts: FactInContext[]; flags: FactFlag[]; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([api.listFacts(JSON.parse(key) as FactFilters), api.factFlags(scope ? { briefingId: scope } : {})])
      .then(([facts, flags]) => live && setAnswer({ request, facts, flags, error: null }))
      .catch((error: unknown) => live && setAnswer({ request, facts: [], flags: [], error: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [key, scope, request]);
  useEffect(() => onAppEvent((event) => event.type === 'library-changed' && setVersion((v) => v + 1)), []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { facts: answer?.facts ?? [], flags: answer?.flags ?? [], error: answer?.error ?? null, loading: answer?.request !== request, reload };
}

/** For each fact some flag involves, the first flag's kind (warnings sort before corroborations). */
export function flaggedFacts(flags: readonly FactFlag[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const flag of flags) for (const id of flag.factIds) if (!map.has(id)) map.set(id, flag.kind);
  return map;
}
