/**
 * A briefing's metadata as a CSL-JSON item — the one description every citation style and every
 * reference-manager format is made from. A briefing is a CSL `report`: its document type is the
 * genre, the PE number the report number, the EPRS series the collection.
 */
import type { CslItem } from '@citation-js/core';
import type { BriefingMetadata } from '../../../shared/types';

/** `{ 'date-parts': [[2024, 4]] }` from "2024-04", or from the year alone when there is no date. */
function issued(metadata: BriefingMetadata): { 'date-parts': number[][] } | undefined {
  const parts = metadata.date ? metadata.date.split('-').map(Number) : metadata.year ? [metadata.year] : [];
  return parts.length > 0 ? { 'date-parts': [parts] } : undefined;
}

/**
 * The CSL-JSON item for a briefing. `id` becomes the item's id (and the BibTeX/RIS key's seed);
 * fields the briefing does not have are left out rather than empty, so styles skip them.
 */
export function cslItem(id: string, metadata: BriefingMetadata): CslItem {
  const fields: Record<string, unknown> = {
    title: metadata.subtitle ? `${metadata.title}: ${metadata.subtitle}` : metadata.title,
    // What a style prints when the title stands in for a missing author: the main title alone.
    'title-short': metadata.title.includes(': ') ? metadata.title.split(': ')[0] : undefined,
    author: metadata.authors.length > 0 ? metadata.authors.map((name) => ({ ...name })) : undefined,
    issued: issued(metadata),
    genre: metadata.documentType || undefined,
    number: metadata.peNumber ?? undefined,
    publisher: metadata.publisher ?? undefined,
    'collection-title': metadata.series ?? undefined,
    URL: metadata.url ?? undefined,
    language: metadata.language || undefined
  };
  return { id, type: 'report', ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) };
}
