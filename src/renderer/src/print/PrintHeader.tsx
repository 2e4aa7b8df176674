/**
 * The header a printed briefing (or its PDF) opens with: the app and the date it was printed, and
 * how to cite it — the reference in the style last chosen, so a printout carries its source.
 * Shown only on paper (print.css).
 */
import { useEffect, useState } from 'react';
import type { RichText } from '../../../shared/types';
import { api } from '../api/client';
import { RichTextView } from '../ui/RichTextView';

export function PrintHeader({ briefingId, edition }: { briefingId: string; edition: number }) {
  const [reference, setReference] = useState<RichText | null>(null);
  useEffect(() => {
    let current = true;
    // A missing citation only leaves the header shorter: printing must not depend on it.
    api.cite({ briefingId }).then(
      (cited) => current && setReference(cited.bibliographyRuns),
      () => current && setReference(null)
    );
    return () => {
      current = false;
    };
  }, [briefingId, edition]);
  return (
    <div className="print-only print-header">
      <p className="print-meta">Printed from Briefing Reader on {new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}</p>
      {reference && (
        <p className="print-citation">
          <span className="print-label">Cite as: </span>
          <RichTextView runs={reference} />
        </p>
      )}
    </div>
  );
}
