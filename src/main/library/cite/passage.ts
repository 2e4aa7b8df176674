/**
 * What a citation request points at: a range of the document text (a selection or highlight), a
 * quote to find, one block, one section or the whole briefing — resolved to the quoted words, the
 * block they start in, where that is in words (section and paragraph), and the deep link that
 * opens the app there. Ranges and quotes are checked and found as annotations are (see
 * annotations/locate.ts), so "copy with citation" and "highlight" agree on what a quote matches.
 */
import type { CiteRequest } from '../../../shared/contract/citations';
import type { BlockInfo, BriefingDocument } from '../../../shared/types';
import { blockAt, joinBlocks, type DocumentText } from '../annotations/document-text';
import { checkRange, locateQuote } from '../annotations/locate';
import { LibraryError } from '../errors';
import { passageLink } from './deep-link';
import { locateBlock, locateSection, NO_LOCATION, type PassageLocation } from './locator';

export interface Passage {
  /** The quoted words, or null for a section or the whole briefing. */
  quote: string | null;
  blockId: number | null;
  location: PassageLocation;
  deepLink: string;
}

/** The briefing as the annotation locator reads it: its document text and blocks. */
function documentText(doc: BriefingDocument): DocumentText {
  const titles = new Map(doc.sections.map((s) => [s.id, s.title]));
  return {
    briefingId: doc.id,
    title: doc.metadata.title,
    text: joinBlocks(doc.blocks),
    blocks: doc.blocks.map((b) => ({
      id: b.id,
      sectionId: b.sectionId,
      sectionTitle: b.sectionId === null ? null : (titles.get(b.sectionId) ?? null),
      text: b.text,
      textStart: b.textStart
    }))
  };
}

/** Runs a locator step, naming "Cite" rather than "Annotate" in its one-line errors. */
function asCite<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof LibraryError) throw new LibraryError(error.message.replace(/^Annotate:/, 'Cite:'), error.code);
    throw error;
  }
}

function quotedRange(doc: BriefingDocument, text: string, range: { start: number; end: number }): Passage {
  const block = blockAt(doc.blocks, range.start) as BlockInfo | null;
  return {
    quote: text.slice(range.start, range.end),
    blockId: block?.id ?? null,
    location: block ? locateBlock(doc, block) : NO_LOCATION,
    deepLink: passageLink(doc.id, block?.id, range)
  };
}

/**
 * Resolves a request against `doc`.
 *
 * @throws LibraryError with a one-line message for a missing or ambiguous quote, a range outside
 * the text or no longer showing `quote`, or a block or section that is not in the briefing.
 */
export function resolvePassage(
  doc: BriefingDocument,
  request: Pick<CiteRequest, 'blockId' | 'sectionId' | 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>
): Passage {
  const { blockId, sectionId, start, end, quote, prefix, suffix } = request;
  if (start !== undefined && end !== undefined) {
    const text = documentText(doc);
    return quotedRange(
      doc,
      text.text,
      asCite(() => checkRange(text, start, end, quote))
    );
  }
  if (quote !== undefined) {
    const text = documentText(doc);
    return quotedRange(
      doc,
      text.text,
      asCite(() => locateQuote(text, { quote, prefix, suffix }))
    );
  }
  if (blockId !== undefined) {
    const block = doc.blocks.find((b) => b.id === blockId);
    if (!block) throw new LibraryError(`Cite: block ${blockId} is not in "${doc.metadata.title}" (${doc.id})`, 'not-found');
    return { quote: block.text, blockId, location: locateBlock(doc, block), deepLink: passageLink(doc.id, blockId) };
  }
  if (sectionId !== undefined) {
    const section = doc.sections.find((s) => s.id === sectionId);
    if (!section) throw new LibraryError(`Cite: section ${sectionId} is not in "${doc.metadata.title}" (${doc.id})`, 'not-found');
    const first = doc.blocks.find((b) => b.sectionId === sectionId);
    return { quote: null, blockId: first?.id ?? null, location: locateSection(section.title), deepLink: passageLink(doc.id, first?.id) };
  }
  return { quote: null, blockId: null, location: NO_LOCATION, deepLink: passageLink(doc.id) };
}
