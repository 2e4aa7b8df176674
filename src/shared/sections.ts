/**
 * What counts as a section wherever a number of sections is shown (the library table, the reading
 * view's header, the import report, the CLI): the headings of the body. The summary is set apart
 * as the briefing's abstract, so it is not counted; the store's SQL count says the same.
 */
import type { SectionKind } from './types';

/** True for a section the counts include: every kind but the summary. */
export function isCountedSection(section: { kind: SectionKind }): boolean {
  return section.kind !== 'summary';
}

/** The number of sections a briefing is said to have. */
export function countSections(sections: ReadonlyArray<{ kind: SectionKind }>): number {
  return sections.filter(isCountedSection).length;
}
