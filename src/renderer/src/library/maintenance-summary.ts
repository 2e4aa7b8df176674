/** The one line that says what compacting the library did, from the report main returns. */
import type { MaintenanceReport } from '../../../shared/contract/library';
import { formatSize } from '../../../shared/format-size';

const count = new Intl.NumberFormat('en');

export function maintenanceSummary({ removedTerms, bytesBefore, bytesAfter }: MaintenanceReport): string {
  const words =
    removedTerms === 0 ? 'no unused index words to remove' : `${count.format(removedTerms)} unused index ${removedTerms === 1 ? 'word' : 'words'} removed`;
  return `Library compacted: ${formatSize(bytesBefore)} → ${formatSize(bytesAfter)}, ${words}.`;
}
