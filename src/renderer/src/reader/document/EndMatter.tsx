/**
 * The end of a briefing: notes (each linking back to where it was called), references, and the
 * back matter — disclaimer, copyright and contacts — which stays fully visible: the reuse licence
 * of EPRS texts depends on acknowledging the source.
 */
import { memo } from 'react';
import type { BlockInfo } from '../../../../shared/types';
import { Icon } from '../../ui/Icon';
import { blockAttributes, BlockText } from './BlockText';
import { END_ANCHORS, ENDNOTES_TITLE, type ReferenceGroup } from './layout';

export const NotesSection = memo(function NotesSection({ notes }: { notes: BlockInfo[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="section end-part notes" aria-labelledby={END_ANCHORS.notes}>
      <h2 id={END_ANCHORS.notes} className="section-title level-1" tabIndex={-1}>
        {ENDNOTES_TITLE}
      </h2>
      <ol className="note-list">
        {notes.map((note) => {
          const label = note.note?.label ?? '';
          return (
            <li key={note.id} className="note-item">
              <span className="note-label" aria-hidden="true">
                {label}
              </span>
              <p className="block note" {...blockAttributes(note)} data-note-label={label}>
                <BlockText block={note} />
              </p>
              {label && (
                <a className="note-back" href={`#note-call-${label}`} data-note-back={label} aria-label={`Back to the call of note ${label}`}>
                  <Icon name="return" />
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
});

export const ReferencesSection = memo(function ReferencesSection({ groups, title }: { groups: ReferenceGroup[]; title: string }) {
  if (groups.length === 0) return null;
  return (
    <section className="section end-part references" aria-labelledby={END_ANCHORS.references}>
      <h2 id={END_ANCHORS.references} className="section-title level-1" tabIndex={-1}>
        {title}
      </h2>
      {groups.map((group, i) => (
        <div key={i} className="reference-group">
          {group.title && <h3 className="reference-group-title">{group.title}</h3>}
          <ul className="reference-list">
            {group.blocks.map((block) => (
              <li key={block.id} className="block reference" {...blockAttributes(block)}>
                <BlockText block={block} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});

export const BackMatter = memo(function BackMatter({ heading, blocks }: { heading: BlockInfo | null; blocks: BlockInfo[] }) {
  if (blocks.length === 0 && !heading) return null;
  return (
    <section className="section end-part about" aria-labelledby={END_ANCHORS.about}>
      {heading ? (
        // The printed heading is a block of the text (search can land on it), so it keeps its block identity.
        <h2 {...blockAttributes(heading)} id={END_ANCHORS.about} className="block section-title level-1 caps" tabIndex={-1}>
          <BlockText block={heading} />
        </h2>
      ) : (
        <h2 id={END_ANCHORS.about} className="section-title level-1" tabIndex={-1}>
          About this document
        </h2>
      )}
      {blocks.map((block) => (
        <p key={block.id} className={`block back-matter${/^©/.test(block.text) ? ' copyright' : ''}`} {...blockAttributes(block)}>
          <BlockText block={block} />
        </p>
      ))}
    </section>
  );
});
