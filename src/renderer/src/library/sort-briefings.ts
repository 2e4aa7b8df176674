/** Sorting the library table by any of its columns; ties fall back to the title. */
import type { BriefingSummary } from '../../../shared/types';
import type { LibraryColumn, LibrarySort } from '../app/setting-keys';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const VALUE: Record<LibraryColumn, (b: BriefingSummary) => string | number | null> = {
  title: (b) => b.title,
  type: (b) => b.documentType,
  year: (b) => b.year,
  sections: (b) => b.sections,
  annotations: (b) => b.annotations,
  progress: (b) => b.progress,
  opened: (b) => b.lastOpenedAt
};

/** A sorted copy. Missing values (no year, never opened) go last whichever the direction. */
export function sortBriefings(briefings: readonly BriefingSummary[], sort: LibrarySort): BriefingSummary[] {
  const value = VALUE[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...briefings].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? collator.compare(a.title, b.title) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : collator.compare(a.title, b.title);
  });
}

/** Text columns start A→Z; numbers and dates start with the largest / most recent. */
export function defaultDirection(column: LibraryColumn): 'asc' | 'desc' {
  return column === 'title' || column === 'type' ? 'asc' : 'desc';
}
