/** The original PDF of a briefing, fetched through the contract and opened with pdf.js while the Original view is open. */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { base64Bytes } from '../../api/base64';
import { openPdf, type PDFDocumentProxy } from './open-pdf';

export type OriginalPdfState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; pdf: PDFDocumentProxy };

/**
 * Opens briefing `briefingId`'s PDF; closed again (its worker ended) when the view goes, or when
 * the briefing or its `edition` changes (an update from a new PDF brings a new original).
 */
export function useOriginalPdf(briefingId: string, edition: number): OriginalPdfState {
  const key = `${briefingId}:${edition}`;
  const [state, setState] = useState<{ key: string; value: OriginalPdfState }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let wanted = true;
    let opened: PDFDocumentProxy | null = null;
    api
      .getOriginalFile({ id: briefingId })
      .then((file) => openPdf(base64Bytes(file.data)))
      .then(
        (pdf) => {
          if (!wanted) return void pdf.destroy();
          opened = pdf;
          setState({ key, value: { status: 'ready', pdf } });
        },
        (error: unknown) => wanted && setState({ key, value: { status: 'error', message: errorMessage(error) } })
      );
    return () => {
      wanted = false;
      void opened?.destroy();
    };
  }, [briefingId, key]);
  // Another briefing's (or edition's) PDF is never shown while this one loads.
  return state.key === key ? state.value : { status: 'loading' };
}
