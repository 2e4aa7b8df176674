/**
 * Notes are Markdown (GitHub-flavoured, as the reader renders them). Exports parse a note once into
 * an mdast tree and write it in their own format — Markdown, HTML, Word — so that emphasis, lists
 * and links survive. Every note passes the note policy (src/shared/note-policy.ts) on the way: only
 * web and e-mail links, no images loaded, raw HTML kept as visible text, never as markup.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { applyNotePolicy } from '../../../shared/note-policy';

const parseGfm = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/**
 * A note's Markdown as an mdast tree (GFM: tables, strikethrough, task lists, autolinks), its
 * headings moved `demote` levels down so that they sit below the export's own headings.
 */
export function parseNote(markdown: string, demote = 0): Root {
  const root = parseGfm(markdown);
  applyNotePolicy(root);
  root.children = root.children.map((node) => (node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + demote) as 1 | 2 | 3 | 4 | 5 | 6 } : node));
  return root;
}

/**
 * A note's Markdown source as the text-based exports (CSV, JSON) carry it: unchanged when the note
 * policy finds nothing to remove, otherwise rewritten from the policed tree, so a spreadsheet cell
 * or a Web Annotation body never holds a `javascript:` link or a remote image either.
 */
export function policedNoteSource(markdown: string): string {
  const root = parseGfm(markdown);
  if (!applyNotePolicy(root).changed) return markdown;
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', rule: '-' }).trimEnd();
}
