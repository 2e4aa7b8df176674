/** The hits of a response in the order the grouped list shows them, for arrow-key navigation. */
import type { SearchHit, SearchResponse } from '../../../shared/contract/search';

export function flattenHits(response: SearchResponse | null): SearchHit[] {
  if (!response) return [];
  return response.groups.flatMap((group) => group.sections.flatMap((section) => section.hits));
}

/** A stable DOM id for a hit's option in the list. */
export function hitOptionId(hit: SearchHit): string {
  return `hit-${hit.briefingId}-${hit.blockId}`;
}
