/**
 * The one policy for what a note's Markdown may become wherever it is shown or exported — the
 * reader, the Notes view, and the Markdown, HTML, Word, CSV and JSON exports all apply it to the
 * parsed note (an mdast tree) before writing it out:
 *
 * - links keep their target only when it is `http:`, `https:` or `mailto:`; any other target
 *   (`javascript:`, `vbscript:`, `data:`, `file:`, relative paths…) leaves the link's words as
 *   plain text;
 * - images are never loaded: an image becomes its alt text and its address, as text (code);
 * - link and image references are resolved against the note's own definitions under the same
 *   rules, and the definitions themselves are dropped;
 * - raw HTML is kept as visible text, never as markup.
 *
 * Pure and dependency-free (mdast types only) so that the renderer, as a remark plugin, and the
 * core's exporters apply exactly the same rules.
 */
import type { Definition, Html, Image, ImageReference, InlineCode, Link, LinkReference, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

/** Whether a note may link to `url`: only web addresses and e-mail addresses. */
export function isSafeNoteUrl(url: string): boolean {
  // A browser ignores tabs and newlines inside a URL, so "java\tscript:" would still run.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return SAFE_URL.test(url) && !/[\u0000-\u001f\u007f]/.test(url);
}

/** Parents whose children are phrasing (inline) content; anything else holds blocks. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

const text = (value: string): Text => ({ type: 'text', value });

/**
 * An image as the words a reader can still use: its alt text, and its address as code so that no
 * Markdown reader turns it back into something it fetches or links.
 */
function imageAsText(alt: string | null | undefined, url: string | undefined): PhrasingContent[] {
  const words = alt?.trim() ? `[image: ${alt.trim()}]` : '[image]';
  return url ? [text(`${words} `), { type: 'inlineCode', value: url } satisfies InlineCode] : [text(words)];
}

interface Rewrite {
  definitions: Map<string, Definition>;
  changed: boolean;
}

/** The nodes that replace `node` under the policy (usually just the node itself). */
function rewriteNode(node: Nodes, inPhrasing: boolean, state: Rewrite): Nodes[] {
  switch (node.type) {
    case 'html': {
      state.changed = true;
      const value = text((node as Html).value);
      return inPhrasing ? [value] : [{ type: 'paragraph', children: [value] }];
    }
    case 'definition':
      state.changed = true;
      return [];
    case 'image':
      state.changed = true;
      return imageAsText((node as Image).alt, (node as Image).url);
    case 'imageReference': {
      state.changed = true;
      const ref = node as ImageReference;
      return imageAsText(ref.alt, state.definitions.get(ref.identifier)?.url);
    }
    case 'link': {
      const link = node as Link;
      rewriteChildren(link, state);
      if (isSafeNoteUrl(link.url)) return [link];
      state.changed = true;
      return link.children;
    }
    case 'linkReference': {
      state.changed = true;
      const ref = node as LinkReference;
      rewriteChildren(ref, state);
      const target = state.definitions.get(ref.identifier);
      if (target && isSafeNoteUrl(target.url)) {
        return [{ type: 'link', url: target.url, title: target.title ?? null, children: ref.children } satisfies Link];
      }
      return ref.children;
    }
    default:
      if ('children' in node) rewriteChildren(node, state);
      return [node];
  }
}

function rewriteChildren(parent: Parent, state: Rewrite): void {
  const inPhrasing = PHRASING_PARENTS.has(parent.type);
  parent.children = parent.children.flatMap((child) => rewriteNode(child, inPhrasing, state)) as typeof parent.children;
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition') {
    // As CommonMark says, the first definition of a label wins.
    if (!into.has(node.identifier)) into.set(node.identifier, node);
    return;
  }
  if ('children' in node) for (const child of node.children as Array<RootContent | PhrasingContent>) collectDefinitions(child, into);
}

/**
 * Applies the note policy to a parsed note, in place, and says whether anything was changed
 * (a link dropped, an image or raw HTML turned into text, a reference resolved).
 */
export function applyNotePolicy(root: Root): { changed: boolean } {
  const state: Rewrite = { definitions: new Map(), changed: false };
  collectDefinitions(root, state.definitions);
  rewriteChildren(root, state);
  return { changed: state.changed };
}
