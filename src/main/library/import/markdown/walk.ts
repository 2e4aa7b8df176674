/**
 * Walks a Markdown syntax tree (mdast, as micromark parses CommonMark + GFM) and feeds the
 * briefing builder: headings, paragraphs, list items, quotations, table rows, images as figures,
 * footnotes as notes attached to their calls. Raw HTML is dropped — tags and, for `<script>` and
 * `<style>`, what is between them — so nothing in a note can run or be injected into the reader.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { BlockKind } from '../../model';
import type { Fragment } from '../eprs-text/inline';
import type { BriefingBuilder } from '../structured/builder';
import { InlineWriter } from '../structured/inline-writer';
import { safeHref } from '../structured/safe-href';

/** Deeper nesting than this (quotes in quotes in lists…) is read as its text only. */
const MAX_DEPTH = 64;

export class MarkdownWalker {
  /** Footnote identifiers → the number they are shown with, in the order of their first call. */
  private readonly noteNumbers = new Map<string, string>();
  /** Link reference definitions (`[label]: url`), for `[text][label]` links. */
  private readonly definitions = new Map<string, string>();
  /** Inside raw `<script>` or `<style>` in running text: its content is dropped too. */
  private inRawCode = false;

  constructor(private readonly builder: BriefingBuilder) {}

  walk(root: Root, skip: ReadonlySet<RootContent>): void {
    this.collect(root);
    for (const node of root.children) if (!skip.has(node)) this.block(node, 'paragraph', 0);
  }

  /** Numbers footnotes by first call and gathers link definitions, before any text is written. */
  private collect(node: Nodes): void {
    if (node.type === 'footnoteReference' && !this.noteNumbers.has(node.identifier)) {
      this.noteNumbers.set(node.identifier, String(this.noteNumbers.size + 1));
    }
    if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) this.collect(child);
  }

  private block(node: RootContent, kind: BlockKind, depth: number): void {
    if (depth > MAX_DEPTH) return;
    switch (node.type) {
      case 'heading':
        if (kind === 'paragraph') this.builder.heading(node.depth, this.inline(node.children).text);
        else this.builder.block(kind, this.inline(node.children));
        return;
      case 'paragraph':
        this.paragraph(node.children, kind);
        return;
      case 'blockquote':
        for (const child of node.children) this.block(child, 'quote', depth + 1);
        return;
      case 'list':
        node.children.forEach((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}.` : undefined;
          const check = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
          const [first, ...rest] = item.children;
          const lead = first?.type === 'paragraph' ? first : null;
          const content = this.inline(lead ? lead.children : [], check);
          this.builder.block('list-item', content, { list: { ordered: node.ordered === true, ...(marker ? { marker } : {}) } });
          for (const child of lead ? rest : item.children) this.block(child, child.type === 'paragraph' ? 'list-item' : kind, depth + 1);
        });
        return;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => this.inline(cell.children));
          const writer = new InlineWriter();
          cells.forEach((cell, k) => writer.append(cell, k > 0 ? ' | ' : ''));
          this.builder.block(kind, writer.finish());
        }
        return;
      case 'code':
        this.builder.block(kind, { text: node.value.replace(/\s+/g, ' ').trim(), spans: [] });
        return;
      case 'footnoteDefinition': {
        const number = this.noteNumbers.get(node.identifier) ?? this.numberFor(node.identifier);
        const parts = node.children.flatMap((child) => (child.type === 'paragraph' ? [this.inline(child.children)] : []));
        const writer = new InlineWriter();
        parts.forEach((part, k) => writer.append(part, k > 0 ? ' ' : ''));
        this.builder.note(number, writer.finish());
        return;
      }
      case 'html':
        this.inRawCode = false;
        return;
      default:
        // Thematic breaks, link definitions and front matter carry no text of their own.
        return;
    }
  }

  /** A paragraph's text as one block; each image in it becomes a figure after it. */
  private paragraph(children: PhrasingContent[], kind: BlockKind): void {
    this.builder.block(kind, this.inline(children));
    for (const image of images(children)) this.builder.figure(plain(image.alt ?? image.title ?? ''));
  }

  private inline(children: readonly PhrasingContent[], prefix = ''): Fragment {
    const writer = new InlineWriter();
    writer.write(prefix);
    for (const child of children) this.phrase(writer, child, 0);
    return writer.finish();
  }

  private phrase(writer: InlineWriter, node: PhrasingContent, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const children = (parent: Parents & { children: PhrasingContent[] }): void => {
      for (const child of parent.children) this.phrase(writer, child, depth + 1);
    };
    switch (node.type) {
      case 'text':
        if (!this.inRawCode) writer.write(node.value);
        return;
      case 'inlineCode':
        writer.write(node.value);
        return;
      case 'break':
        writer.write(' ');
        return;
      case 'emphasis':
        writer.span({ kind: 'emphasis' }, () => children(node));
        return;
      case 'strong':
        writer.span({ kind: 'strong' }, () => children(node));
        return;
      case 'delete':
        children(node);
        return;
      case 'link':
        writer.span({ kind: 'link', href: safeHref(node.url) }, () => children(node));
        return;
      case 'linkReference': {
        const url = this.definitions.get(node.identifier);
        if (url === undefined) children(node);
        else writer.span({ kind: 'link', href: safeHref(url) }, () => children(node));
        return;
      }
      case 'footnoteReference': {
        const label = this.noteNumbers.get(node.identifier)!;
        writer.span({ kind: 'note-ref', label }, () => writer.write(label));
        return;
      }
      case 'html': {
        const open = /^<(script|style)\b/i.exec(node.value);
        if (open) this.inRawCode = true;
        else if (/^<\/(script|style)\s*>/i.test(node.value)) this.inRawCode = false;
        return;
      }
      default:
        // Images are figures of their own (see `paragraph`); nothing else carries text.
        return;
    }
  }

  private numberFor(identifier: string): string {
    const number = String(this.noteNumbers.size + 1);
    this.noteNumbers.set(identifier, number);
    return number;
  }
}

function images(children: readonly PhrasingContent[]): Array<{ alt?: string | null; title?: string | null }> {
  return children.flatMap((child) => {
    if (child.type === 'image' || child.type === 'imageReference') return [child];
    if ('children' in child) return images(child.children as PhrasingContent[]);
    return [];
  });
}

function plain(text: string): Fragment {
  return { text: text.replace(/\s+/g, ' ').trim(), spans: [] };
}
