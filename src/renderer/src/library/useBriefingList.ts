/**
 * The library's briefings, reloaded whenever main says the library changed (import, delete). The
 * list waits for reading positions still being saved, so coming back from the reader shows the
 * progress just made.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BriefingSummary } from '../../../shared/types';
import { api, errorMessage, onAppEvent } from '../api/client';
import { positionSavesSettled } from '../reader/position-saves';

export type BriefingListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; briefings: BriefingSummary[] };

export function useBriefingList(): [BriefingListState, () => void] {
  const [state, setState] = useState<BriefingListState>({ status: 'loading' });
  const reload = useCallback(() => {
    positionSavesSettled()
      .then(() => api.listBriefings({}))
      .then(
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
