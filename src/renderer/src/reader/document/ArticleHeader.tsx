/** The title block of a briefing: what it is, who wrote it, when, and how long it takes to read. */
import { minutesToRead } from '../reading-time';
import { countSections } from '../../../../shared/sections';
import type { BriefingDocument, PersonName } from '../../../../shared/types';
import { formatDate } from './format-date';

/** Adults read policy prose at roughly 230 words a minute. */

export function ArticleHeader({ doc, words }: { doc: BriefingDocument; words: number }) {
  const m = doc.metadata;
  const kicker = [m.documentType, m.series ?? m.publisher].filter(Boolean).join(' · ');
  const authors = m.authors.map(personName).join(', ');
  const when = formatDate(m.date, m.year);
  const minutes = minutesToRead(words);
  const facts = [`${minutes} min read`, plural(countSections(doc.sections), 'section'), doc.figures.length > 0 ? plural(doc.figures.length, 'figure') : null];
  // With no author or PE number to show, the date joins the facts rather than standing alone.
  const byline = authors || m.peNumber ? [authors, when, m.peNumber].filter(Boolean) : [];
  if (byline.length === 0 && when) facts.unshift(when);
  return (
    <header className="article-header">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 className="article-title">{m.title}</h1>
      {m.subtitle && <p className="article-subtitle">{m.subtitle}</p>}
      {byline.length > 0 && <p className="article-byline">{byline.join(' · ')}</p>}
      <p className="article-facts">{facts.filter(Boolean).join(' · ')}</p>
    </header>
  );
}

function personName(name: PersonName): string {
  return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
