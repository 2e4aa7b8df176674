/**
 * Markdown rendered for NoteMarkdown: GitHub-flavoured Markdown (tables, task lists,
 * strikethrough, autolinks) through react-markdown. Raw HTML in a note is dropped, and
 * rehype-sanitize keeps the rest to GitHub's safe subset (no scripts, no event handlers, no
 * `javascript:` links). Its own module so that the Markdown libraries load with the first note.
 */
import { useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { NoteMarkdownProps } from './NoteMarkdown';

const REMARK_PLUGINS = [remarkGfm];
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
      <Markdown remarkPlugins={REMARK_PLUGINS} rehypePlugins={REHYPE_PLUGINS} components={components} skipHtml>
        {note}
      </Markdown>
    </div>
  );
}
