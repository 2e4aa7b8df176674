/**
 * The data that crosses the boundary between the library core and its users (the renderer over
 * IPC or HTTP, the CLI). Plain, JSON-safe shapes only: no classes, no Dates, no Maps.
 */

/** A person as citation styles need it; `literal` for institutions or names we cannot split. */
export type PersonName = { family: string; given?: string } | { literal: string };

export interface BriefingMetadata {
  title: string;
  subtitle: string | null;
  /** As the publisher names it: "Briefing", "At a glance", "In-depth analysis", … */
  documentType: string;
  publisher: string | null;
  /** Publisher's series, e.g. "EPRS Briefing" or "STOA". */
  series: string | null;
  /** BCP 47 language tag of the text, e.g. "en". */
  language: string;
  year: number | null;
  /** ISO 8601 date or partial date: "2024-04-12", "2024-04" or "2024". */
  date: string | null;
  authors: PersonName[];
  /** European Parliament document number, e.g. "PE 760.390". */
  peNumber: string | null;
  url: string | null;
  /** The format of the file the text was read from; set by the importer, not editable. */
  sourceFormat: SourceFormat;
  /** Pages of the original for a paged source (PDF), null for text, web pages and Markdown. */
  pages: number | null;
}

export type SourceFormat = 'text' | 'pdf' | 'html' | 'markdown';

/** An inline range over a block's text, in UTF-16 code units. */
export type InlineSpan =
  /** `href` is null when the source had a link whose target was lost (`[text](#)`). */
  | { kind: 'link'; start: number; end: number; href: string | null }
  | { kind: 'emphasis' | 'strong'; start: number; end: number }
  /** A call to an endnote or footnote; `label` is the note's label as printed ("3"). */
  | { kind: 'note-ref'; start: number; end: number; label: string };

export type BlockKind =
  /** Body text. */
  | 'paragraph'
  /** A paragraph of the summary that opens a briefing. */
  | 'summary'
  | 'list-item'
  /** A figure's caption line ("Figure 1 – …"). */
  | 'figure'
  /** The "Source: …" line under a figure. */
  | 'figure-source'
  /** The title of a side box; the box's blocks carry the same `box` number. */
  | 'box-title'
  /** A set-off quotation or an emphasised key message. */
  | 'quote'
  /** An author line under a chapter heading ("Peter J. Bentley"). */
  | 'byline'
  /** A photo or image credit line. */
  | 'credit'
  /** An endnote or footnote. */
  | 'note'
  /** One entry of a reference list. */
  | 'reference'
  /** Disclaimer, copyright, contact lines. */
  | 'back-matter';

export type SectionKind = 'summary' | 'body' | 'references';

/** One row of the library view. */
export interface BriefingSummary {
  id: string;
  title: string;
  documentType: string;
  year: number | null;
  language: string;
  /** As `countSections` counts them: the summary is not a section. */
  sections: number;
  blocks: number;
  annotations: number;
  /** How much of the body the reader has read, the furthest they got: 0 (unread) to 1 (read to the end). */
  progress: number;
  importedAt: string;
  lastOpenedAt: string | null;
}

export interface SectionInfo {
  id: number;
  title: string;
  /** 1 for a top-level section. */
  level: number;
  parentId: number | null;
  kind: SectionKind;
  /** The 1-based page of the original the heading is printed on; null for unpaged sources. */
  page: number | null;
}

export interface BlockInfo {
  id: number;
  /** Null for notes, main references and back matter, which belong to no section. */
  sectionId: number | null;
  kind: BlockKind;
  text: string;
  /** Offset of the block in the briefing's document text (blocks joined by a blank line). */
  textStart: number;
  spans: InlineSpan[];
  list?: { ordered: boolean; marker?: string };
  note?: { label: string };
  box?: number;
  figure?: { number: string; caption: string };
  /** The 1-based page of the original the block starts on; null for unpaged sources. */
  page: number | null;
}

/** An endnote or footnote: its printed number and the block that holds its text. */
export interface NoteInfo {
  number: string;
  text: string;
  blockId: number;
}

export interface FigureInfo {
  number: string;
  caption: string;
  source: string | null;
  blockId: number;
  sourceBlockId: number | null;
  /** Where the figure is drawn in the original PDF; absent for other formats and when it was not found. */
  region?: FigureRegion;
}

/**
 * A figure's place on a page of the original: the 1-based page, and a rectangle in PDF points
 * (1/72 inch, pdf.js's viewport at scale 1) measured from the top-left corner of the page box, y
 * downwards — so the reader knows the figure's shape before the PDF is open and cuts it from the
 * page at any scale.
 */
export interface FigureRegion {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReferenceInfo {
  text: string;
  authors: string[];
  title: string | null;
  publisher: string | null;
  year: number | null;
  group: string | null;
  blockId: number;
}

/** Everything the reading view needs to show one briefing. */
export interface BriefingDocument {
  id: string;
  metadata: BriefingMetadata;
  inThisBriefing: string[];
  sections: SectionInfo[];
  blocks: BlockInfo[];
  figures: FigureInfo[];
  references: ReferenceInfo[];
  notes: NoteInfo[];
  warnings: string[];
  edition: number;
  sourceName: string;
  importedAt: string;
  updatedAt: string;
}

/** What one imported file became. */
export type ImportOutcome =
  { file: string; id: string; title: string; sections: number; blocks: number; warnings: string[] } | { file: string; error: string; duplicateOf?: string };

export interface ReadingPosition {
  blockId: number | null;
  /** How far into that block the top of the view was, 0..1. */
  within: number;
}

/** The five highlight colours, by name (the UI maps them to theme-aware colours). */
export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/** How an annotation is attached to the current text: at its recorded place, found again approximately, or not found. */
export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan';

/** A highlight with an optional note and tags. */
export interface Annotation {
  id: string;
  briefingId: string;
  sectionId: number | null;
  blockId: number | null;
  /** W3C TextQuoteSelector: the quoted words and a little context on each side. */
  quote: string;
  prefix: string;
  suffix: string;
  /** W3C TextPositionSelector over the document text, UTF-16 units (where it is anchored now). */
  start: number;
  end: number;
  /** Markdown. */
  note: string;
  color: AnnotationColor;
  tags: string[];
  status: AnchorStatus;
  created: string;
  modified: string;
}

/**
 * Formatted text as runs with their styles — how a citation comes out of the CSL processor — so that
 * HTML, Word, Markdown and the app's own dialogs render the same italics without parsing markup.
 */
export interface RichRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
  underline?: boolean;
  position?: 'sup' | 'sub';
}
export type RichText = RichRun[];
