/** The library's briefings, reloaded whenever main says the library changed (import, delete). */
import { useCallback, useEffect, useState } from 'react';
import type { BriefingSummary } from '../../../shared/types';
import { api, errorMessage, onAppEvent } from '../api/client';

export type BriefingListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; briefings: BriefingSummary[] };

export function useBriefingList(): [BriefingListState, () => void] {
  const [state, setState] = useState<BriefingListState>({ status: 'loading' });
  const reload = useCallback(() => {
    api.listBriefings({}).then(
      (briefings) => setState({ status: 'ready', briefings }),
      (error: unknown) => setState({ status: 'error', message: errorMessage(error) })
    );
  }, []);
  useEffect(() => {
    reload();
    return onAppEvent((event) => {
      if (event.type === 'library-changed') reload();
    });
  }, [reload]);
  return [state, reload];
}
