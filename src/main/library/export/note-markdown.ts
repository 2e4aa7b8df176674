/**
 * Notes are Markdown (GitHub-flavoured, as the reader renders them). Exports parse a note once into
 * an mdast tree and write it in their own format — Markdown, HTML, Word — so that emphasis, lists
 * and links survive, and raw HTML typed into a note is kept as visible text, never as markup.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Nodes whose children are phrasing (inline) content. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/**
 * Replaces raw HTML nodes, anywhere in the tree, by their source as text: inline HTML by a text
 * node, an HTML block by a paragraph holding that text.
 */
function htmlAsText<T extends { type: string; children?: unknown[] }>(node: T): T {
  if (!Array.isArray(node.children)) return node;
  const phrasing = PHRASING_PARENTS.has(node.type);
  node.children = node.children.map((child) => {
    const c = child as RootContent;
    if (c.type !== 'html') return htmlAsText(c as { type: string; children?: unknown[] });
    const text = { type: 'text', value: c.value };
    return phrasing ? text : { type: 'paragraph', children: [text] };
  });
  return node;
}

/**
 * A note's Markdown as an mdast tree (GFM: tables, strikethrough, task lists, autolinks), its
 * headings moved `demote` levels down so that they sit below the export's own headings.
 */
export function parseNote(markdown: string, demote = 0): Root {
  const root = htmlAsText(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  root.children = root.children.map((node) =>
    node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + demote) as 1 | 2 | 3 | 4 | 5 | 6 } : node
  );
  return root;
}
