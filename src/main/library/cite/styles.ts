/**
 * The bundled citation styles and the CSL processor that renders them: citation-js with its CSL
 * plugin (citeproc-js), the styles registered from resources/csl/ so that citing works offline.
 * Everything a citation prints — names, dates, titles, punctuation, "para." — comes from here.
 */
import { Cite, plugins, type CslCiteItem, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoAuthorDate from '../../../../resources/csl/chicago-author-date.json';
import harvardCiteThemRight from '../../../../resources/csl/harvard-cite-them-right.json';
import localeEnGb from '../../../../resources/csl/locales-en-GB.json';
import modernLanguageAssociation from '../../../../resources/csl/modern-language-association.json';
import type { CitationStyleId, CitationStyleInfo } from '../../../shared/contract/citations';
import { indexCiteprocMacros } from './citeproc-macro-index';
import { parseRichOutput, registerRichFormat, RICH_FORMAT, type RichText } from './rich-text';

export interface CitationStyle extends CitationStyleInfo {
  /** The name the CSL style is registered under with citation-js. */
  csl: string;
  /** The CSL locale the style is written for: it decides quotation marks and punctuation. */
  locale: 'en-US' | 'en-GB';
  /** The style's CSL data, or null for a style citation-js ships (APA). */
  data: unknown;
  /**
   * How the style names a section in a pinpoint, given the heading (already shortened when long)
   * and whether it was shortened: APA 7 (8.28) "Bolivia section", Chicago (15.23) "under
   * “Bolivia”", MLA "“Bolivia”".
   */
  section(heading: string, shortened: boolean, quote: (text: string) => string): string;
  /**
   * What the style does when an organisation is both author and publisher: APA 7 (9.25) leaves
   * out the publisher, MLA 9 (5.21) leaves out the author and starts with the title.
   */
  authorIsPublisher: 'omit-publisher' | 'omit-author' | 'keep';
}

const sectionWord = (heading: string, shortened: boolean, quote: (text: string) => string) => `${shortened ? quote(heading) : heading} section`;

export const CITATION_STYLES: readonly CitationStyle[] = [
  { id: 'apa', name: 'APA (7th edition)', csl: 'apa', locale: 'en-US', data: null, section: sectionWord, authorIsPublisher: 'omit-publisher' },
  {
    id: 'chicago',
    name: 'Chicago (17th edition, author-date)',
    csl: 'chicago-author-date',
    locale: 'en-US',
    data: chicagoAuthorDate,
    section: (heading, _shortened, quote) => `under ${quote(heading)}`,
    authorIsPublisher: 'keep'
  },
  {
    id: 'harvard',
    name: 'Harvard (Cite Them Right, 12th edition)',
    csl: 'harvard-cite-them-right',
    locale: 'en-GB',
    data: harvardCiteThemRight,
    section: sectionWord,
    authorIsPublisher: 'keep'
  },
  {
    id: 'mla',
    name: 'MLA (9th edition)',
    csl: 'modern-language-association',
    locale: 'en-US',
    data: modernLanguageAssociation,
    section: (heading, _shortened, quote) => quote(heading),
    authorIsPublisher: 'omit-author'
  }
];

/** The style with this id. */
export function citationStyle(id: CitationStyleId): CitationStyle {
  return CITATION_STYLES.find((style) => style.id === id)!;
}

let registered = false;

/** Registers the bundled styles, the en-GB locale and the rich output format, once. */
function ensureRegistered(): void {
  if (registered) return;
  indexCiteprocMacros();
  registerRichFormat();
  const config = plugins.config.get('@csl');
  for (const style of CITATION_STYLES) if (style.data) config.styles.add(style.csl, style.data);
  config.locales.add('en-GB', localeEnGb);
  registered = true;
}

/** `item` as `style` wants it when its only author is its publisher (see `authorIsPublisher`). */
function adaptItem(item: CslItem, style: CitationStyle): CslItem {
  const authors = item.author as Array<{ literal?: string }> | undefined;
  const sole = authors?.length === 1 ? authors[0]!.literal : undefined;
  if (sole === undefined || sole !== item.publisher || style.authorIsPublisher === 'keep') return item;
  const { author, publisher, ...rest } = item;
  return style.authorIsPublisher === 'omit-author' ? { ...rest, publisher } : { ...rest, author };
}

/** The in-text citation of `item` in `style`, with the cite's pinpoint (`locator` and `label`). */
export function renderCitation(item: CslItem, style: CitationStyle, cite: Omit<CslCiteItem, 'id'> = {}): RichText {
  ensureRegistered();
  const output = new Cite([adaptItem(item, style)]).format('citation', {
    template: style.csl,
    lang: style.locale,
    format: RICH_FORMAT,
    entry: [{ id: item.id, ...cite }]
  });
  return parseRichOutput(output);
}

/** The reference-list entry of `item` in `style`. */
export function renderBibliography(item: CslItem, style: CitationStyle): RichText {
  ensureRegistered();
  const output = new Cite([adaptItem(item, style)]).format('bibliography', { template: style.csl, lang: style.locale, format: RICH_FORMAT });
  return parseRichOutput(output);
}

/**
 * Builds the CSL processor for `style` now rather than at the first citation (APA 7, the largest
 * style, takes about two seconds). citation-js keeps the processor, so later citations are quick.
 */
export function prepareStyle(style: CitationStyle): void {
  renderBibliography({ id: 'warm-up', type: 'report', title: 'Warm-up' }, style);
}

/**
 * Builds the CSL processors of the bundled styles, `first` (the remembered style) first. Takes
 * seconds: apps call it through `prepareCitationStylesWhenIdle` (cite/service.ts).
 */
export function prepareCitationStyles(first: CitationStyleId = 'apa'): void {
  for (const style of citationStylesFrom(first)) prepareStyle(style);
}

/** The bundled styles, `first` first: the order to prepare them in. */
export function citationStylesFrom(first: CitationStyleId): CitationStyle[] {
  return [citationStyle(first), ...CITATION_STYLES.filter((style) => style.id !== first)];
}

/**
 * A term of the style's locale, as the style itself would print it: `styleTerm(mla, 'paragraph')`
 * is "par.", `styleTerm(harvard, 'open-quote', 'long')` is "‘".
 */
export function styleTerm(style: CitationStyle, term: string, form: 'short' | 'long' = 'short', plural = false): string {
  ensureRegistered();
  const engine = plugins.config.get('@csl').engine([], style.csl, style.locale, RICH_FORMAT);
  return engine.getTerm(term, form, plural ? 1 : 0) ?? '';
}
