/**
 * A note as the user wrote it in Markdown (with GitHub's tables, task lists and strikethrough),
 * rendered through a sanitiser: no raw HTML from a note ever reaches the page. Links open outside
 * the app.
 */
import Markdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

const REMARK = [remarkGfm];
const REHYPE = [rehypeSanitize];

/** The default export is what `LazyNoteMarkdown` loads: the Markdown stack is a separate chunk, fetched when a first note is shown. */
export default function NoteMarkdown({ note }: { note: string }) {
  return (
    <div className="note-markdown">
      <Markdown
        remarkPlugins={REMARK}
        rehypePlugins={REHYPE}
        components={{ a: ({ href, children }) => <a href={href} target="_blank" rel="noopener noreferrer">{children}</a> }}
      >
        {note}
      </Markdown>
    </div>
  );
}
