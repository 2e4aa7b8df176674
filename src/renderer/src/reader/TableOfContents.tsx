/**
 * The table of contents: every section (and the notes, references and back matter), the one being
 * read marked as the current location, a click jumping to it.
 */
import { memo, useEffect, useRef } from 'react';
import type { TocEntry } from './document/layout';
import { isAllCaps } from './document/SectionView';

export interface TableOfContentsProps {
  entries: readonly TocEntry[];
  active: string | null;
  onJump(anchor: string): void;
}

export const TableOfContents = memo(function TableOfContents({ entries, active, onJump }: TableOfContentsProps) {
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const item = list.current?.querySelector('[aria-current="location"]');
    item?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <nav className="toc" aria-label="Contents">
      <h2 className="eyebrow toc-heading">Contents</h2>
      <ol ref={list} className="toc-list">
        {entries.map((entry) => (
          <li key={entry.anchor} className={`toc-item level-${Math.min(entry.level, 3)}${entry.sectionId === null ? ' end' : ''}`}>
            <a
              href={`#${entry.anchor}`}
              className={isAllCaps(entry.title) ? 'caps' : undefined}
              aria-current={entry.anchor === active ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onJump(entry.anchor);
              }}
            >
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
});
