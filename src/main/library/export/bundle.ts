/**
 * What every notes-export format is built from: briefings with their metadata and reference-list
 * entry, each with its annotations in reading order, and for each annotation the section, the
 * paragraph, the in-text citation and the deep link. The builders (markdown.ts, html.ts, csv.ts,
 * web-annotation.ts, docx.ts) are pure functions of this bundle; collect.ts fills it from the library.
 */
import type { BriefingMetadata, Annotation } from '../../../shared/types';
import type { RichText } from '../cite/rich-text';

/** One annotation as exported: the `Annotation` DTO with where it is and how to cite it. */
export interface NoteEntry extends Annotation {
  /** Heading of the section the passage is in; null for an orphan or outside sections. */
  sectionTitle: string | null;
  /** The paragraph's number in its section, as the citation prints it; null when none. */
  paragraph: number | null;
  /** The in-text citation with its pinpoint, in the bundle's style. */
  citation: RichText;
  /** `briefing-reader://open?briefing=…&block=…&start=…&end=…`. */
  deepLink: string;
}

export interface NotesBriefing {
  id: string;
  metadata: BriefingMetadata;
  /** SHA-256 of the briefing's text: identifies it on another computer (W3C target source). */
  contentHash: string;
  /** `briefing-reader://open?briefing=…`. */
  deepLink: string;
  /** The reference-list entry, in the bundle's style. */
  reference: RichText;
  /** In reading order; orphans (passages no longer in the text) last. */
  notes: NoteEntry[];
}

export interface NotesBundle {
  /** "Notes on <briefing title>", or "Briefing Reader notes" for the whole library. */
  title: string;
  /** ISO 8601 time of the export. */
  generated: string;
  /** The citation style's name, e.g. "APA (7th edition)". */
  styleName: string;
  briefings: NotesBriefing[];
}

/** Consecutive notes of the same section, for headings; orphans make a group of their own. */
export interface NoteGroup {
  /** The section heading, "Passages no longer in the text" for orphans, or null for notes outside sections. */
  heading: string | null;
  notes: NoteEntry[];
}

/** Heading of the group of orphaned annotations. */
export const ORPHANS_HEADING = 'Passages no longer in the text';

/** A briefing's notes grouped by section, in reading order. */
export function groupNotes(notes: readonly NoteEntry[]): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const note of notes) {
    const heading = note.status === 'orphan' ? ORPHANS_HEADING : note.sectionTitle;
    const last = groups[groups.length - 1];
    if (last && last.heading === heading) last.notes.push(note);
    else groups.push({ heading, notes: [note] });
  }
  return groups;
}

/** Authors as people read them: "Marc Jütten", "European Parliamentary Research Service". */
export function authorNames(metadata: BriefingMetadata): string[] {
  return metadata.authors.map((a) => ('literal' in a ? a.literal : [a.given, a.family].filter(Boolean).join(' ')));
}

/** Every tag used in the bundle, once, in the order first used. */
export function bundleTags(bundle: NotesBundle): string[] {
  return [...new Set(bundle.briefings.flatMap((b) => b.notes.flatMap((n) => n.tags)))];
}

/** The highlight colours as exports print them (sRGB, matching the reader's light theme). */
export const HIGHLIGHT_HEX: Record<Annotation['color'], string> = {
  yellow: 'FFE066',
  green: 'A8E6A1',
  blue: '9CCBFF',
  pink: 'FFADD2',
  purple: 'CDB4FF'
};
