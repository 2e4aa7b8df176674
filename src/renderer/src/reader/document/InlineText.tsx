/**
 * A block's text with its inline markup, rendered as React text nodes and elements — never as
 * HTML. Links with a web target are real links (opened after confirmation by the reader's click
 * handler); a link whose target was lost in the source is marked, non-clickable text; note calls
 * link to their note at the end.
 */
import { Fragment, memo, type ReactNode } from 'react';
import type { InlineSpan } from '../../../../shared/types';
import { buildInlineTree, type InlineNode } from './inline-tree';

export interface InlineTextProps {
  text: string;
  spans: readonly InlineSpan[];
  /** Used to give each note call a unique id, so the note can link back to it. */
  blockId: number;
}

/** The text container of a block; text-ranges.ts relies on `data-text` holding exactly the block's text. */
export const InlineText = memo(function InlineText({ text, spans, blockId }: InlineTextProps) {
  const tree = buildInlineTree(text.length, spans);
  return <span data-text="">{renderNodes(tree, text, blockId)}</span>;
});

function renderNodes(nodes: InlineNode[], text: string, blockId: number): ReactNode[] {
  return nodes.map((node) => {
    const key = `${node.type}-${node.start}-${node.type === 'element' ? node.range.kind : ''}`;
    if (node.type === 'text') return <Fragment key={key}>{text.slice(node.start, node.end)}</Fragment>;
    const children = renderNodes(node.children, text, blockId);
    const range = node.range;
    switch (range.kind) {
      case 'emphasis':
        return <em key={key}>{children}</em>;
      case 'strong':
        return <strong key={key}>{children}</strong>;
      case 'note-ref':
        return (
          <sup key={key} className="note-call">
            <a href={`#note-${range.label}`} id={noteCallId(blockId, range.label)} data-note={range.label} aria-label={`Note ${range.label}`}>
              {children}
            </a>
          </sup>
        );
      case 'link':
        return renderLink(key, range.href, children);
    }
  });
}

function renderLink(key: string, href: string | null, children: ReactNode[]): ReactNode {
  if (href === null) {
    return (
      <span key={key} className="link-lost" title="Link target lost in the source text">
        {children}
      </span>
    );
  }
  if (!isWebLink(href)) {
    return (
      <span key={key} className="link-lost" title={`This link (${href.slice(0, 80)}) cannot be opened from the reader`}>
        {children}
      </span>
    );
  }
  return (
    <a key={key} className="link" href={href} data-external="" target="_blank" rel="noopener noreferrer" title={href}>
      {children}
    </a>
  );
}

/** http and https links only; anything else (javascript:, file:, mailto:) is not followed. */
function isWebLink(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The id of a note call, so that "back to text" from the note can return to it. */
function noteCallId(blockId: number, label: string): string {
  return `call-${blockId}-${label.replace(/[^\w-]/g, '_')}`;
}
