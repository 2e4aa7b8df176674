/**
 * The reference a printout carries in its header, made from the briefing's details alone: the
 * CSL processor is too heavy to run on every opening of the reader just in case of a print, and
 * a printout needs to say where it came from, not to follow a style guide (the cite dialog does).
 */
import type { BriefingMetadata, PersonName } from '../../../shared/types';
import { formatDate } from '../reader/document/format-date';

/** "Jütten, M." for a person, the name as written for an organisation. */
function citedName(name: PersonName): string {
  if ('literal' in name) return name.literal;
  const initials = (name.given ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');
  return initials ? `${name.family}, ${initials}` : name.family;
}

/**
 * Authors, title, series, publisher, date, document number and address, those that are known,
 * separated by commas.
 *
 * @example printReference(andean) // "Jütten, M., EU cooperation with Latin America: …, EPRS Briefing, April 2024, PE 760.390"
 */
export function printReference(m: BriefingMetadata): string {
  const authors = m.authors.map(citedName).join('; ');
  const publisher = m.publisher && m.publisher !== m.series ? m.publisher : null;
  return [authors, m.title, m.series ?? m.documentType, publisher, formatDate(m.date, m.year), m.peNumber, m.url]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}
