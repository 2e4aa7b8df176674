/**
 * Copy with citation: a passage's words in quotation marks (or as a block quotation when long),
 * its in-text citation with the pinpoint, and the reference-list entry — as plain text and as HTML
 * for the clipboard, so that italics survive a paste into Word. The words of the citation all come
 * from the CSL processor; this module only arranges the quotation around them.
 */
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { CitationResult } from '../../../shared/contract/citations';
import type { BriefingDocument } from '../../../shared/types';
import { cslItem } from './csl-item';
import { cslPinpoint } from './locator';
import type { Passage } from './passage';
import { plainText, richToHast, type RichText } from './rich-text';
import { renderBibliography, renderCitation, styleTerm, type CitationStyle } from './styles';

/** Quotations this long, or of several paragraphs, are set as block quotations (APA 7, 8.27; MLA 6.31). */
const BLOCK_QUOTE_WORDS = 40;

/** A briefing's in-text citation and reference-list entry in `style`, for a passage's location. */
export function citationParts(doc: BriefingDocument, passage: Pick<Passage, 'location'>, style: CitationStyle): { citation: RichText; bibliography: RichText } {
  const item = cslItem(doc.id, doc.metadata);
  return { citation: renderCitation(item, style, cslPinpoint(passage.location, style)), bibliography: renderBibliography(item, style) };
}

/**
 * A short quotation's closing punctuation: a full stop moves after the citation, a question or
 * exclamation mark stays inside the quotation marks and a full stop still follows (APA 7, 8.26).
 */
function splitClosingPunctuation(quote: string): { words: string; after: string } {
  if (/[.]$/.test(quote) && !/\.\.\.$|…$/.test(quote)) return { words: quote.slice(0, -1), after: '.' };
  if (/[?!]$/.test(quote)) return { words: quote, after: '.' };
  return { words: quote, after: '' };
}

/** Cites `passage` of `doc` in `style`: the clipboard's text and HTML and their parts. */
export function citePassage(doc: BriefingDocument, passage: Passage, style: CitationStyle): CitationResult {
  const { citation, bibliography } = citationParts(doc, passage, style);
  const citationText = plainText(citation);
  const bibliographyText = plainText(bibliography);
  const linkedCitation = h('a', { href: passage.deepLink }, richToHast(citation));
  const bibliographyHtml = h('p', richToHast(bibliography));
  const result = {
    style: style.id,
    citation: citationText,
    bibliography: bibliographyText,
    bibliographyRuns: bibliography,
    deepLink: passage.deepLink,
    quote: passage.quote,
    sectionTitle: passage.location.section,
    paragraph: passage.location.paragraph
  };
  if (passage.quote === null) {
    return {
      ...result,
      text: `${citationText}\n\n${bibliographyText}`,
      html: toHtml([h('p', [linkedCitation]), bibliographyHtml])
    };
  }
  const paragraphs = passage.quote
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const words = passage.quote.split(/\s+/).filter((w) => w !== '').length;
  if (paragraphs.length > 1 || words >= BLOCK_QUOTE_WORDS) {
    const last = paragraphs.length - 1;
    const quoted: ElementContent[] = paragraphs.map((p, i) => h('p', i === last ? [p, ' ', linkedCitation] : [p]));
    return {
      ...result,
      text: `${paragraphs.map((p, i) => (i === last ? `${p} ${citationText}` : p)).join('\n\n')}\n\n${bibliographyText}`,
      html: toHtml([h('blockquote', quoted), bibliographyHtml])
    };
  }
  const open = styleTerm(style, 'open-quote', 'long');
  const close = styleTerm(style, 'close-quote', 'long');
  const { words: quoteWords, after } = splitClosingPunctuation(paragraphs[0] ?? '');
  const quotation = `${open}${quoteWords}${close}`;
  return {
    ...result,
    text: `${quotation} ${citationText}${after}\n\n${bibliographyText}`,
    html: toHtml([h('p', [`${quotation} `, linkedCitation, after]), bibliographyHtml])
  };
}
