/**
 * Walks the article Readability isolated and feeds the briefing builder. Only text and link
 * targets leave the DOM — never markup — so nothing of the page can run in the reader: scripts,
 * styles, frames, forms and embedded objects are skipped with their content, event handlers are
 * attributes we never read, and links keep web and mail targets only (see safe-href.ts).
 *
 * Footnotes as blogs, Pandoc and Wikipedia write them — a short numbered link to an item of a
 * list further down — become notes attached to their calls; other in-page links keep their words.
 */
import type { BlockKind } from '../../model';
import type { BlockExtras, BriefingBuilder } from '../structured/builder';
import { InlineWriter } from '../structured/inline-writer';
import { safeHref } from '../structured/safe-href';
import { all, isElement, TEXT_NODE, type DomElement, type DomNode } from './dom';

/** Elements whose content is never text for a reader. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'APPLET',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MAP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BASE'
]);
/** Elements that start a new block; anything else flows into the current one. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DD',
  'DT',
  'FIELDSET',
  'FOOTER',
  'HEADER',
  'HGROUP',
  'HR',
  'MAIN',
  'NAV',
  'SECTION',
  'SUMMARY',
  'CAPTION',
  'TBODY',
  'THEAD',
  'TFOOT',
  'BODY',
  'HTML',
  'CENTER'
]);
const HEADING = /^H([1-6])$/;
const BYLINE = /(^|\s)(byline|author|dateline)(\s|$)/i;
const NOTE_CALL = /^\[?(\d{1,3})\]?$/;

export class HtmlWalker {
  private writer = new InlineWriter();
  private kind: BlockKind = 'paragraph';
  private extras: BlockExtras = {};
  /** Ids of the list items that are footnotes → their labels. */
  private readonly notes: Map<string, string>;

  constructor(
    private readonly builder: BriefingBuilder,
    article: DomElement,
    private readonly base: string | null
  ) {
    this.notes = findNotes(article);
  }

  walk(article: DomElement): void {
    this.children(article);
    this.flush();
  }

  private children(element: DomNode): void {
    for (const child of Array.from(element.childNodes)) this.node(child);
  }

  private node(node: DomNode): void {
    if (node.nodeType === TEXT_NODE) return this.writer.write(node.textContent ?? '');
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag) || node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') return;
    if (node.id && this.notes.has(node.id)) return this.note(node, this.notes.get(node.id)!);

    const heading = HEADING.exec(tag);
    if (heading) {
      this.flush();
      if (this.kind === 'quote') this.inBlock('quote', {}, () => this.children(node));
      else this.builder.heading(Number(heading[1]), node.textContent ?? '');
      return;
    }
    if (BYLINE.test(node.getAttribute('class') ?? '')) return this.inBlock('byline', {}, () => this.children(node));
    switch (tag) {
      case 'P':
      case 'PRE':
        return this.inBlock(this.kind, this.extras, () => this.children(node));
      case 'BR':
        return this.writer.write(' ');
      case 'BLOCKQUOTE':
        return this.inBlock('quote', {}, () => this.children(node));
      case 'UL':
      case 'OL':
        return this.list(node, tag === 'OL');
      case 'LI':
        return this.inBlock('list-item', { list: { ordered: false } }, () => this.children(node));
      case 'TR':
        return this.row(node);
      case 'FIGURE':
        return this.figure(node);
      case 'IMG':
        this.flush();
        return this.builder.figure(plain(node.getAttribute('alt') ?? node.getAttribute('title') ?? ''));
      case 'A':
        return this.link(node);
      case 'EM':
      case 'I':
      case 'CITE':
        return this.writer.span({ kind: 'emphasis' }, () => this.children(node));
      case 'STRONG':
      case 'B':
        return this.writer.span({ kind: 'strong' }, () => this.children(node));
      default:
        if (BLOCKS.has(tag)) return this.inBlock(this.kind, this.extras, () => this.children(node));
        return this.children(node);
    }
  }

  private list(node: DomElement, ordered: boolean): void {
    const start = Number.parseInt(node.getAttribute('start') ?? '1', 10);
    let n = Number.isFinite(start) ? start : 1;
    this.flush();
    for (const child of Array.from(node.childNodes)) {
      if (isElement(child) && child.tagName.toUpperCase() === 'LI' && !(child.id && this.notes.has(child.id))) {
        const list = ordered ? { ordered, marker: `${n++}.` } : { ordered };
        this.inBlock('list-item', { list }, () => this.children(child));
      } else {
        this.node(child);
      }
    }
  }

  private row(node: DomElement): void {
    this.flush();
    const cells = Array.from(node.childNodes).filter((c): c is DomElement => isElement(c) && /^T[DH]$/i.test(c.tagName));
    cells.forEach((cell, k) => {
      if (k > 0) this.writer.write(' | ');
      this.children(cell);
    });
    this.flush();
  }

  private figure(node: DomElement): void {
    this.flush();
    const caption = node.querySelector('figcaption');
    if (caption) {
      const writer = this.writer;
      this.children(caption);
      this.writer = new InlineWriter();
      this.builder.figure(writer.finish());
      return;
    }
    const image = node.querySelector('img');
    this.builder.figure(plain(image?.getAttribute('alt') ?? ''));
  }

  private link(node: DomElement): void {
    const raw = (node.getAttribute('href') ?? '').trim();
    const target = raw.startsWith('#') ? fragmentId(raw) : null;
    if (target !== null && this.notes.has(target)) {
      const label = this.notes.get(target)!;
      return this.writer.span({ kind: 'note-ref', label }, () => this.writer.write(label));
    }
    // A link within the page (a back-link from a note, a "skip to" link) keeps its words only.
    if (target !== null || raw === '') return this.children(node);
    this.writer.span({ kind: 'link', href: safeHref(raw, this.base) }, () => this.children(node));
  }

  private note(node: DomElement, label: string): void {
    this.flush();
    const writer = new InlineWriter();
    const saved = this.writer;
    this.writer = writer;
    this.children(node);
    this.writer = saved;
    // Back-links ("↩", "^") to the call are in-page links and left only their arrow behind.
    const content = writer.finish();
    const text = content.text.replace(/(?:\s|↩\uFE0E?|⏎|\^)+$/u, '');
    this.builder.note(label, { text, spans: content.spans.filter((s) => s.end <= text.length) });
  }

  /** Runs `body` as the content of a block of `kind`: what was open before ends, and so does this. */
  private inBlock(kind: BlockKind, extras: BlockExtras, body: () => void): void {
    this.flush();
    const saved = { kind: this.kind, extras: this.extras };
    this.kind = kind;
    this.extras = extras;
    body();
    this.flush();
    this.kind = saved.kind;
    this.extras = saved.extras;
  }

  private flush(): void {
    const content = this.writer.finish();
    this.writer = new InlineWriter();
    if (content.text !== '') this.builder.block(this.kind, content, this.extras);
  }
}

/**
 * Footnotes: list items pointed at by short numbered in-page links ("1", "[2]"). Each becomes a
 * note labelled with its number; a list item pointed at by a link that is not a number is not one.
 */
function findNotes(article: DomElement): Map<string, string> {
  const notes = new Map<string, string>();
  const items = new Set(all(article, 'li[id]').map((item) => item.id));
  for (const link of all(article, 'a[href^="#"]')) {
    const id = fragmentId(link.getAttribute('href') ?? '');
    const label = NOTE_CALL.exec((link.textContent ?? '').trim())?.[1];
    if (id && label && items.has(id) && !notes.has(id)) notes.set(id, label);
  }
  return notes;
}

function fragmentId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

function plain(text: string): { text: string; spans: [] } {
  return { text: text.replace(/\s+/g, ' ').trim(), spans: [] };
}
