/** The bundled citation styles and the one the user last chose (remembered by main). */
import { useEffect, useState } from 'react';
import type { CitationStyleId, CitationStyleInfo } from '../../../shared/contract/citations';
import { api, errorMessage } from '../api/client';

export type CitationStylesState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; styles: CitationStyleInfo[]; current: CitationStyleId };

export function useCitationStyles(): CitationStylesState {
  const [state, setState] = useState<CitationStylesState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    api.citationStyles({}).then(
      (result) => current && setState({ status: 'ready', ...result }),
      (error: unknown) => current && setState({ status: 'error', message: errorMessage(error) })
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
