/**
 * The document model every importer produces and the store persists.
 *
 * A parser (plain-text EPRS today; Markdown, HTML and PDF later) turns a file into a
 * `ParsedBriefing`: metadata, a flat list of sections in reading order (each knowing its level and
 * parent), and blocks of text in reading order. Everything the reader shows is a block, so that
 * search, annotations and citations work the same on a paragraph, a figure caption, a note or a
 * reference. Offsets in spans are UTF-16 code units into the block's `text`, as JavaScript counts
 * them (see docs/DESIGN.md, "Text positions").
 */

import type { BriefingMetadata, FigureRegion, InlineSpan, BlockKind, ReferenceInfo, SectionKind } from '../../shared/types';

export type { BriefingMetadata, FigureRegion, InlineSpan, BlockKind, SectionKind };

export interface ParsedBlock {
  kind: BlockKind;
  /** The text as a reader should see it: NFC, markup removed, escapes resolved. */
  text: string;
  spans: InlineSpan[];
  /** Index into `ParsedBriefing.sections`, or null for notes, main references and back matter. */
  section: number | null;
  list?: { ordered: boolean; marker?: string };
  figure?: { number: string; caption: string };
  note?: { label: string };
  /** Side boxes are numbered in order of appearance from 1. */
  box?: number;
  /** The 1-based page of the original the block starts on; absent for unpaged sources. */
  page?: number;
}

export interface ParsedSection {
  title: string;
  /** 1 for a top-level section. */
  level: number;
  /** Index of the parent in `ParsedBriefing.sections`, or null for a top-level section. */
  parent: number | null;
  kind: SectionKind;
  /** The 1-based page of the original the heading is printed on; absent for unpaged sources. */
  page?: number;
}

/**
 * A reference-list entry as the parser reads it: the stored `ReferenceInfo` (its `group` is the
 * heading of the list it came from when a document has several, "References" of chapter 3), but
 * pointing at its block by position, before the blocks have ids.
 */
export interface ParsedReference extends Omit<ReferenceInfo, 'blockId'> {
  /** Index of the `reference` block this entry was read from. */
  block: number;
}

export interface ParsedFigure {
  /** Index of the `figure` block (the caption line). */
  block: number;
  number: string;
  caption: string;
  /** The text of the source line without its "Source:" label, or null when there is none. */
  source: string | null;
  /** Index of the `figure-source` block, when there is one. */
  sourceBlock: number | null;
  /** Where the figure is drawn on a page of the original (PDF only), when it could be found. */
  region?: FigureRegion;
}

export interface ParsedBriefing {
  metadata: BriefingMetadata;
  /** The "IN THIS BRIEFING" list as printed, empty when the document has none. */
  inThisBriefing: string[];
  sections: ParsedSection[];
  /** Every block in reading order: body first, then notes, references and back matter. */
  blocks: ParsedBlock[];
  figures: ParsedFigure[];
  references: ParsedReference[];
  /** Things the parser could not read as expected, each a sentence for the user. */
  warnings: string[];
}

/**
 * A parser for one file format. `sniff` looks at the decoded text (and the file name) and says
 * whether this parser should handle it; the registry asks parsers in order.
 */
export interface BriefingParser {
  /** Short name for messages and `--format`, e.g. "eprs-text". */
  readonly name: string;
  sniff(text: string, fileName: string): boolean;
  parse(text: string, fileName: string): ParsedBriefing;
}
