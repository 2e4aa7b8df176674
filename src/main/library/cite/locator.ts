/**
 * Where a passage is, in words a reader can check: the section heading and the paragraph number
 * (these briefings have no stable page numbers), a figure or note number, or a page where the
 * source had pages. Each style prints it its own way: APA "Bolivia section, para. 3", Chicago
 * "under “Bolivia,” para. 3", MLA "“Bolivia,” par. 3".
 */
import type { CslCiteItem } from '@citation-js/core';
import type { BlockInfo, BlockKind, BriefingDocument } from '../../../shared/types';
import { styleTerm, type CitationStyle } from './styles';

/** Blocks counted as paragraphs of their section. */
const PARAGRAPH_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'summary', 'list-item', 'quote']);

/** Headings longer than this many words are shortened in a pinpoint (APA 7, 8.28). */
const MAX_HEADING_WORDS = 6;
const SHORT_HEADING_WORDS = 5;
/** Words a shortened heading should not end on ("Political and security issues in"). */
const DANGLING_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * A label that no CSL locale defines: a pinpoint composed here from the style's own terms is
 * passed with it, so that citeproc-js prints the pinpoint as given, without a label in front.
 */
const COMPOSED_PINPOINT = 'briefing-reader-pinpoint';

export interface PassageLocation {
  /** Heading of the passage's section, or null outside sections (notes, references). */
  section: string | null;
  /** 1-based number of the block among the paragraph-like blocks of its section. */
  paragraph: number | null;
  /** The figure a caption or source line belongs to ("1"). */
  figure: string | null;
  /** The label of an endnote or footnote ("3"). */
  note: string | null;
  /** The page in the source, where the source had pages (a PDF). */
  page: string | null;
}

export const NO_LOCATION: PassageLocation = { section: null, paragraph: null, figure: null, note: null, page: null };

/** The location of block `block` of `doc`. */
export function locateBlock(doc: BriefingDocument, block: BlockInfo): PassageLocation {
  const section = doc.sections.find((s) => s.id === block.sectionId) ?? null;
  let paragraph: number | null = null;
  if (section && PARAGRAPH_KINDS.has(block.kind)) {
    const paragraphs = doc.blocks.filter((b) => b.sectionId === block.sectionId && PARAGRAPH_KINDS.has(b.kind));
    paragraph = paragraphs.findIndex((b) => b.id === block.id) + 1;
  }
  const figure = block.figure?.number ?? doc.figures.find((f) => f.sourceBlockId === block.id)?.number ?? null;
  return { section: section?.title ?? null, paragraph, figure, note: block.note?.label ?? null, page: block.page === null ? null : String(block.page) };
}

/** The location of a whole section: its heading only. */
export function locateSection(title: string): PassageLocation {
  return { ...NO_LOCATION, section: title };
}

/**
 * A long heading cut to what a reader needs to find it: the part before a colon when that is short
 * enough, else its first words.
 */
export function shortenHeading(heading: string): { text: string; shortened: boolean } {
  const words = heading.trim().split(/\s+/);
  if (words.length <= MAX_HEADING_WORDS) return { text: heading.trim(), shortened: false };
  const beforeColon = heading.split(':')[0]!.trim();
  if (beforeColon !== heading.trim() && beforeColon.split(/\s+/).length <= MAX_HEADING_WORDS) {
    return { text: beforeColon, shortened: true };
  }
  const kept = words.slice(0, SHORT_HEADING_WORDS);
  while (kept.length > 1 && DANGLING_WORDS.has(kept[kept.length - 1]!.toLowerCase().replace(/[,;:.–—-]+$/, ''))) kept.pop();
  return { text: kept.join(' ').replace(/[,;:.–—-]+$/, ''), shortened: true };
}

/**
 * The CSL pinpoint for `location` in `style`: a page, figure or note goes to citeproc-js with its
 * CSL label, which the style prints its way; a section and paragraph are composed from the style's
 * own terms and quotation marks and passed as one pinpoint.
 */
export function cslPinpoint(location: PassageLocation, style: CitationStyle): Omit<CslCiteItem, 'id'> {
  if (location.page) {
    // A paged source is cited by page (APA's "p. 3" for a direct quote); the section locator
    // follows, so the passage can be found in the reflowed text as well.
    const rest = cslPinpoint({ ...location, page: null }, style);
    if (rest.label !== COMPOSED_PINPOINT || !rest.locator) return { label: 'page', locator: location.page };
    // The section goes after the page as the cite's suffix: in the locator, citeproc-js would read
    // "3, …" as a list of pages.
    return { label: 'page', locator: location.page, suffix: `, ${rest.locator}` };
  }
  if (location.figure) return { label: 'figure', locator: location.figure };
  if (location.note) return { label: 'note', locator: location.note };
  if (!location.section) return location.paragraph ? { label: 'paragraph', locator: String(location.paragraph) } : {};
  const open = styleTerm(style, 'open-quote', 'long');
  const close = styleTerm(style, 'close-quote', 'long');
  const heading = shortenHeading(location.section);
  const section = style.section(heading.text, heading.shortened, (text) => `${open}${text}${close}`);
  if (location.paragraph === null) return { label: COMPOSED_PINPOINT, locator: section };
  const paragraph = `${styleTerm(style, 'paragraph')} ${location.paragraph}`;
  return { label: COMPOSED_PINPOINT, locator: joinPinpoint(section, paragraph, close, style) };
}

/**
 * "under “Bolivia”" + "para. 3": American usage puts the comma inside the closing quotation mark
 * and drops it after a question or exclamation mark (CMOS 6.9, 6.124); British usage keeps it outside.
 */
function joinPinpoint(section: string, paragraph: string, close: string, style: CitationStyle): string {
  if (style.locale === 'en-US' && close && section.endsWith(close)) {
    const inner = section.slice(0, -close.length);
    return /[?!]$/.test(inner) ? `${section} ${paragraph}` : `${inner},${close} ${paragraph}`;
  }
  return `${section}, ${paragraph}`;
}
