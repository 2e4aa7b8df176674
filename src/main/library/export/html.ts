/**
 * Notes as a printable HTML page: each highlight as a quotation in its colour with its citation,
 * the note rendered from Markdown, and the tags; print styles for paper or PDF.
 *
 * Built as a hast tree and written by hast-util-to-html, which escapes every text. A note's
 * Markdown goes through mdast-util-to-hast without raw HTML and then hast-util-sanitize, so no
 * markup a user (or a briefing) typed ever passes through; the page's Content-Security-Policy
 * forbids scripts and remote content besides.
 */
import type { Element, ElementContent, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { toHast } from 'mdast-util-to-hast';
import { richToHast } from '../cite/rich-text';
import { authorNames, groupNotes, HIGHLIGHT_HEX, type NoteEntry, type NotesBriefing, type NotesBundle } from './bundle';
import { blockId } from './markdown';
import { parseNote } from './note-markdown';

const COLOUR_RULES = Object.entries(HIGHLIGHT_HEX)
  .map(([name, hex]) => `.highlight-${name} blockquote { border-left-color: #${hex}; background: #${hex}33; }`)
  .join('\n');

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2em; } h3 { font-size: 1.1em; margin-top: 1.5em; }
.meta, .reference, .tags, figcaption { color: #444; font-size: 0.9em; }
.reference { padding-left: 2em; text-indent: -2em; }
figure { margin: 1.2em 0 0.4em; break-inside: avoid; }
blockquote { margin: 0; padding: 0.4em 0.8em; border-left: 4px solid #999; }
blockquote p { margin: 0.3em 0; }
figcaption { margin-top: 0.3em; }
.note { margin: 0.4em 0 1.2em 1em; }
.status { font-style: italic; }
a { color: #1f4e8c; }
${COLOUR_RULES}
@page { margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
}
`.trim();

/** A note's Markdown as sanitised HTML elements. */
function noteHtml(markdown: string): ElementContent[] {
  const tree = sanitize(toHast(parseNote(markdown, 3)) as Root);
  return tree.type === 'root' ? (tree.children as ElementContent[]) : [];
}

function entry(note: NoteEntry): ElementContent[] {
  const quote = note.quote.split(/\n\s*\n/).map((p) => h('p', p.replace(/\s+/g, ' ').trim()));
  const caption: ElementContent[] = [h('a', { href: note.deepLink }, richToHast(note.citation))];
  if (note.status !== 'exact') {
    caption.push({ type: 'text', value: ' ' }, h('span.status', note.status === 'orphan' ? '(no longer in the text)' : '(found again approximately)'));
  }
  const nodes: ElementContent[] = [h(`figure.highlight-${note.color}`, { id: blockId(note.id) }, [h('blockquote', quote), h('figcaption', caption)])];
  if (note.note.trim() !== '') nodes.push(h('div.note', noteHtml(note.note)));
  if (note.tags.length > 0) nodes.push(h('p.tags', note.tags.map((t) => `#${t}`).join(' ')));
  return nodes;
}

function briefingArticle(briefing: NotesBriefing, headingLevel: 1 | 2): Element {
  const m = briefing.metadata;
  const byline = [authorNames(m).join(', '), m.date ?? (m.year ? String(m.year) : ''), m.peNumber ?? ''].filter((s) => s !== '').join(' · ');
  const children: ElementContent[] = [
    h(`h${headingLevel}`, m.title),
    ...(byline ? [h('p.meta', byline)] : []),
    h('p.reference', [...richToHast(briefing.reference), ' ', h('a', { href: briefing.deepLink }, 'Open in Briefing Reader')])
  ];
  if (briefing.notes.length === 0) children.push(h('p.meta', 'No highlights or notes yet.'));
  for (const group of groupNotes(briefing.notes)) {
    children.push(h(`h${headingLevel + 1}`, group.heading ?? 'Notes and references'));
    for (const note of group.notes) children.push(...entry(note));
  }
  return h('article', { lang: m.language }, children);
}

/** The bundle as one self-contained HTML page. */
export function buildHtml(bundle: NotesBundle): string {
  const single = bundle.briefings.length === 1;
  const generated = `Exported from Briefing Reader on ${bundle.generated.slice(0, 10)} · citations in ${bundle.styleName}`;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: bundle.briefings[0]?.metadata.language ?? 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'Briefing Reader' }),
          h('title', bundle.title),
          h('style', STYLE)
        ]),
        h('body', [
          ...(single ? [] : [h('h1', bundle.title)]),
          ...bundle.briefings.map((b) => briefingArticle(b, single ? 1 : 2)),
          h('footer', [h('p.meta', generated)])
        ])
      ])
    ]
  };
  return toHtml(tree);
}
