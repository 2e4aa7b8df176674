/**
 * The table of contents: every section (and the notes, references and back matter), the one being
 * read marked as the current location, a click jumping to it; then the figures and tables, each
 * by its caption as printed.
 */
import { memo, useEffect, useRef } from 'react';
import type { TocEntry } from './document/layout';
import { isAllCaps } from './document/SectionView';

/** A figure or table in the list under the contents: its caption block's anchor and text. */
export interface FigureEntry {
  anchor: string;
  caption: string;
}

export interface TableOfContentsProps {
  entries: readonly TocEntry[];
  figures: readonly FigureEntry[];
  active: string | null;
  onJump(anchor: string): void;
}

export const TableOfContents = memo(function TableOfContents({ entries, figures, active, onJump }: TableOfContentsProps) {
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
      {figures.length > 0 && (
        <>
          <h2 className="eyebrow toc-heading toc-figures-heading" id="toc-figures">
            Figures and tables
          </h2>
          <ol className="toc-list toc-figures" aria-labelledby="toc-figures">
            {figures.map((figure) => (
              <li key={figure.anchor} className="toc-item level-1">
                <a
                  href={`#${figure.anchor}`}
                  title={figure.caption}
                  onClick={(event) => {
                    event.preventDefault();
                    onJump(figure.anchor);
                  }}
                >
                  <span className="toc-clamp">{figure.caption}</span>
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </nav>
  );
});
