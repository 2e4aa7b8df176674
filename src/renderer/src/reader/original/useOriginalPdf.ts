/** A briefing's original PDF, opened with pdf.js while a part of the reader that draws from it is shown. */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { base64Bytes } from '../../api/base64';
import { openPdf, type PDFDocumentProxy } from './open-pdf';
import { SharedOpenings } from './shared-openings';

export type OriginalPdfState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; pdf: PDFDocumentProxy };

/** One opening of each original for the Original view and the figures alike. */
const originals = new SharedOpenings<PDFDocumentProxy>();

/**
 * Opens briefing `briefingId`'s PDF once `wanted`; let go when the caller goes, or when the
 * briefing or its `edition` changes (an update from a new PDF brings a new original).
 */
export function useOriginalPdf(briefingId: string, edition: number, wanted = true): OriginalPdfState {
  const key = `${briefingId}:${edition}`;
  const [state, setState] = useState<{ key: string; value: OriginalPdfState }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const lease = originals.lease(key, () => api.getOriginalFile({ id: briefingId }).then((file) => openPdf(base64Bytes(file.data))));
    lease.opened.then(
      (pdf) => current && setState({ key, value: { status: 'ready', pdf } }),
      (error: unknown) => current && setState({ key, value: { status: 'error', message: errorMessage(error) } })
    );
    return () => {
      current = false;
      lease.release();
    };
  }, [briefingId, key, wanted]);
  // Another briefing's (or edition's) PDF is never shown while this one loads.
  return state.key === key ? state.value : { status: 'loading' };
}
