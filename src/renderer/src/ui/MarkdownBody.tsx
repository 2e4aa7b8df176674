/**
 * Markdown rendered for NoteMarkdown: GitHub-flavoured Markdown (tables, task lists,
 * strikethrough, autolinks) through react-markdown. The note policy that the exports apply
 * (src/shared/note-policy.ts) runs on the parsed note first — only web and e-mail links, images as
 * their alt text and address, raw HTML as visible text — and rehype-sanitize then keeps the result
 * to GitHub's safe subset. Its own module so that the Markdown libraries load with the first note.
 */
import { useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { applyNotePolicy } from '../../../shared/note-policy';
import type { NoteMarkdownProps } from './NoteMarkdown';

/** The note policy as a remark plugin: a transformer over the parsed note. */
function remarkNotePolicy() {
  return (tree: Root) => {
    applyNotePolicy(tree);
  };
}

const REMARK_PLUGINS = [remarkGfm, remarkNotePolicy];
const REHYPE_PLUGINS = [rehypeSanitize];

export default function MarkdownBody({ note, onOpenLink, className }: NoteMarkdownProps) {
  const components = useMemo<Components>(
    () => ({
      a: ({ href, children }) => (
        <a
          href={href}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            if (href && /^https?:\/\//i.test(href)) onOpenLink(href);
          }}
        >
          {children}
        </a>
      )
    }),
    [onOpenLink]
  );
  return (
    <div className={className ? `note-markdown ${className}` : 'note-markdown'}>
      <Markdown remarkPlugins={REMARK_PLUGINS} rehypePlugins={REHYPE_PLUGINS} components={components}>
        {note}
      </Markdown>
    </div>
  );
}
