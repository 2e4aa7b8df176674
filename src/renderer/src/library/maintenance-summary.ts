/** The one line that says what compacting the library did, from the report main returns. */
import type { MaintenanceReport } from '../../../shared/contract/library';

const count = new Intl.NumberFormat('en');

/** Sizes as people read them: kilobytes for a small library, megabytes with one decimal above. */
export function formatSize(bytes: number): string {
  if (bytes < 2 ** 20) return `${count.format(Math.max(1, Math.round(bytes / 2 ** 10)))} KB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

export function maintenanceSummary({ removedTerms, bytesBefore, bytesAfter }: MaintenanceReport): string {
  const words =
    removedTerms === 0 ? 'no unused index words to remove' : `${count.format(removedTerms)} unused index ${removedTerms === 1 ? 'word' : 'words'} removed`;
  return `Library compacted: ${formatSize(bytesBefore)} → ${formatSize(bytesAfter)}, ${words}.`;
}
