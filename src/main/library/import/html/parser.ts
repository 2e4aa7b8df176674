/**
 * The web-page importer: an HTML file saved from a browser, from any site. Mozilla Readability
 * (the engine of Firefox's Reader View) isolates the article from the site around it — navigation,
 * cookie banners, share bars, related links, footers — on a linkedom DOM that never runs a script
 * or fetches anything; the walker then keeps text, headings, lists, quotations, tables, figures,
 * footnotes and links. Images are never stored or fetched: a figure keeps its caption or alt text.
 *
 * A file is a web page by its content (a doctype or an `<html>`, `<head>` or `<body>` tag at the
 * top), whatever it is called — a page saved as `.pdf` or `.txt` still imports as a web page — or
 * by an `.html`/`.htm` name when it holds markup.
 */
import { Readability } from '@mozilla/readability';
import { LibraryError } from '../../errors';
import type { BriefingParser, ParsedBriefing } from '../../model';
import { BriefingBuilder } from '../structured/builder';
import { titleFromFileName } from '../structured/file-title';
import { all, parseDocument, type DomDocument, type DomElement } from './dom';
import { pageAddress, readHeadTags, webPageMetadata } from './metadata';
import { isWebPage } from './sniff';
import { HtmlWalker } from './walk';

/** How deep elements may nest before their content is read as plain text (see flattenDeepNesting). */
const MAX_NESTING = 40;
/** Site furniture Readability can miss, removed before it scores the page. */
const CHROME = [
  'script, style, noscript, template, iframe, frame, object, embed, form, button, svg, canvas',
  'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]',
  '[hidden], [aria-hidden="true"]'
].join(', ');
const CHROME_NAMES =
  /(^|[\s_-])(cookie|consent|gdpr|onetrust|newsletter|subscribe|share|sharing|social|related|breadcrumbs?|skip-link|paywall|promo|advert)s?([\s_-]|$)/i;

export const htmlParser: BriefingParser = {
  name: 'html',
  sniff: isWebPage,
  parse: parseWebPage
};

/** Parses a saved web page. Throws `LibraryError` when no article text can be found in it. */
export function parseWebPage(html: string, fileName: string): ParsedBriefing {
  const document = parseDocument(html);
  const tags = readHeadTags(document);
  removeChrome(document);
  flattenDeepNesting(document);
  const article = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
    classesToPreserve: ['byline', 'author', 'dateline']
  }).parse();
  const content = article?.content;
  const name = JSON.stringify(fileName);
  if (!article || !content)
    throw new LibraryError(`Import: ${name} has no article text Briefing Reader could find (a page of links, or an empty page)`, 'unreadable-file');

  const builder = new BriefingBuilder();
  new HtmlWalker(builder, content, pageAddress(tags)).walk(content);
  if (!builder.hasText)
    throw new LibraryError(`Import: ${name} has no article text Briefing Reader could find (a page of links, or an empty page)`, 'unreadable-file');

  const metadata = webPageMetadata(
    tags,
    {
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      publishedTime: article.publishedTime ?? null,
      text: article.textContent ?? ''
    },
    titleFromFileName(fileName)
  );
  return builder.build(metadata, []);
}

/**
 * Readability's scoring takes time that grows steeply with nesting depth (a page of 300 nested
 * divs takes seconds, of 1,000 half a minute), so an element deeper than any real article goes
 * keeps only its text. Real pages stay well under this depth.
 */
function flattenDeepNesting(document: DomDocument): void {
  if (!document.body) return;
  const stack: Array<{ element: DomElement; depth: number }> = [{ element: document.body, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    if (depth >= MAX_NESTING) {
      element.textContent = element.textContent ?? '';
      continue;
    }
    for (const child of Array.from(element.children)) stack.push({ element: child, depth: depth + 1 });
  }
}

function removeChrome(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  for (const element of all(body, CHROME)) element.remove();
  for (const element of all(body, '[id], [class]')) {
    if (element.tagName.toUpperCase() === 'BODY' || element.tagName.toUpperCase() === 'ARTICLE' || element.tagName.toUpperCase() === 'MAIN') continue;
    const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
    if (CHROME_NAMES.test(names)) element.remove();
  }
}
