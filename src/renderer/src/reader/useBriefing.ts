/** Loads a briefing and where the user left it, and records that it was opened. */
import { useEffect, useState } from 'react';
import type { BriefingDocument, ReadingPosition } from '../../../shared/types';
import { api, errorMessage } from '../api/client';

export type BriefingState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; doc: BriefingDocument; position: ReadingPosition | null };

/** `version`: a new value loads the briefing again (after it was updated to a new edition). */
export function useBriefing(id: string, version = 0): BriefingState {
  const [state, setState] = useState<BriefingState>({ status: 'loading' });
  // Another briefing shows "loading" from the first frame; a reload of the same one keeps showing
  // its current text until the new one is there (adjusted during render, not in the effect).
  const [requested, setRequested] = useState({ id, version });
  if (requested.id !== id || requested.version !== version) {
    setRequested({ id, version });
    if (state.status !== 'ready' || state.doc.id !== id) setState({ status: 'loading' });
  }
  useEffect(() => {
    let current = true;
    Promise.all([api.getBriefing({ id }), api.getReadingPosition({ id })]).then(
      ([doc, position]) => {
        if (!current) return;
        setState({ status: 'ready', doc, position });
        // Only "last opened" depends on it; a failure here must not stop reading.
        api.markOpened({ id }).catch(() => undefined);
      },
      (error: unknown) => current && setState({ status: 'error', message: errorMessage(error) })
    );
    return () => {
      current = false;
    };
  }, [id, version]);
  return state;
}
