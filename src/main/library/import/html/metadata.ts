/**
 * A saved web page's metadata, from the tags reference managers read: Google Scholar's
 * `citation_*` tags first (what Zotero reads, and what journals and think tanks publish), then
 * Dublin Core, Open Graph, `<meta name="author">`, the canonical link and the page's language;
 * what Readability found in the text (byline, site name) fills the gaps.
 */
import type { BriefingMetadata } from '../../model';
import { isoDate } from '../structured/dates';
import { personNames } from '../structured/person-names';
import { safeHref } from '../structured/safe-href';
import { all, type DomDocument } from './dom';

export interface ArticleHints {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** The article's text, searched for a European Parliament document number. */
  text: string;
}

const PE_NUMBER = /\bPE\s?(\d{3}\.\d{3})\b/;

/** Reads the page's head before Readability changes the document. */
export function readHeadTags(document: DomDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of all(document, 'meta')) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (key && value) tags.set(key, [...(tags.get(key) ?? []), value]);
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) tags.set('link:canonical', [canonical]);
  const base = document.querySelector('base[href]')?.getAttribute('href');
  if (base) tags.set('link:base', [base]);
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) tags.set('html:title', [title]);
  const lang = document.documentElement.getAttribute('lang')?.trim();
  if (lang) tags.set('html:lang', [lang]);
  return tags;
}

/** The page's own address, for resolving relative links; null when the page does not say. */
export function pageAddress(tags: Map<string, string[]>): string | null {
  for (const key of ['link:base', 'link:canonical', 'og:url', 'citation_public_url', 'citation_abstract_html_url']) {
    const url = safeHref(tags.get(key)?.[0]);
    if (url?.startsWith('http')) return url;
  }
  return null;
}

export function webPageMetadata(tags: Map<string, string[]>, hints: ArticleHints, fallbackTitle: string): BriefingMetadata {
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = tags.get(key)?.[0];
      if (value) return value;
    }
    return null;
  };
  const every = (...keys: string[]): string[] => keys.map((key) => tags.get(key) ?? []).find((values) => values.length > 0) ?? [];

  const authorTags = every('citation_author', 'dc.creator', 'dcterms.creator', 'author').filter((a) => !/^https?:/i.test(a));
  const byline = hints.byline?.replace(/^\s*by\s+/i, '').trim();
  const date = isoDate(
    first('citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'dcterms.date', 'article:published_time') ?? hints.publishedTime
  );
  const pe = PE_NUMBER.exec([first('citation_technical_report_number') ?? '', hints.text].join(' '));
  const language = (first('citation_language', 'dc.language', 'html:lang') ?? 'en').split(/[_\s]/)[0]!;
  return {
    title: first('citation_title', 'dc.title', 'og:title') ?? hints.title ?? first('html:title') ?? fallbackTitle,
    subtitle: null,
    documentType: 'Web page',
    publisher: first('citation_publisher', 'dc.publisher', 'citation_technical_report_institution', 'og:site_name') ?? hints.siteName,
    series: null,
    language: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : 'en',
    year: date ? Number(date.slice(0, 4)) : null,
    date,
    authors: personNames(authorTags.length > 0 ? authorTags : byline ? [byline] : []),
    peNumber: pe ? `PE ${pe[1]}` : null,
    url: pageAddress(tags),
    sourceFormat: 'html',
    pages: null
  };
}
