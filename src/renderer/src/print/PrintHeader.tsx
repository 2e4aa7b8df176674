/**
 * The header a printed briefing (or its PDF) opens with: the app and the date it was printed, and
 * where the text comes from, so a printout carries its source. Shown only on paper (print.css).
 */
import type { BriefingMetadata } from '../../../shared/types';
import { printReference } from './print-reference';

export function PrintHeader({ metadata }: { metadata: BriefingMetadata }) {
  return (
    <div className="print-only print-header">
      <p className="print-meta">
        Printed from Briefing Reader on {new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}
      </p>
      <p className="print-citation">
        <span className="print-label">Source: </span>
        {printReference(metadata)}
      </p>
    </div>
  );
}
