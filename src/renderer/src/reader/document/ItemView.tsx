/**
 * One laid-out item of a section: a paragraph-like block, a list, a figure (drawn from the original
 * PDF when the importer found where, FigureImage.tsx) or a side box.
 */
import type { BlockInfo } from '../../../../shared/types';
import { Icon } from '../../ui/Icon';
import { blockAttributes, BlockText } from './BlockText';
import { FigureImage } from './FigureImage';
import type { ArticleItem } from './layout';

export function ItemView({ item }: { item: ArticleItem }) {
  switch (item.type) {
    case 'block':
      return <BlockView block={item.block} />;
    case 'list': {
      const List = item.ordered ? 'ol' : 'ul';
      const start = item.ordered ? Number.parseInt(item.items[0]?.list?.marker ?? '', 10) : NaN;
      return (
        <List className="block-list" start={Number.isFinite(start) ? start : undefined}>
          {item.items.map((block) => (
            // The source's own numbering ("(1)", "a)") is drawn as the marker, as the text refers to it.
            <li key={block.id} className="block" {...blockAttributes(block)} data-marker={item.ordered ? block.list?.marker : undefined}>
              <BlockText block={block} />
            </li>
          ))}
        </List>
      );
    }
    case 'figure':
      return (
        <figure className="figure">
          <div className="figure-mark" aria-hidden="true">
            <Icon name="chart" />
          </div>
          <div className="figure-body">
            <figcaption className="block figure-caption" {...blockAttributes(item.caption)}>
              <BlockText block={item.caption} />
            </figcaption>
            {item.figure?.region ? <FigureImage region={item.figure.region} caption={item.caption.text} fallback={note} /> : note}
            {item.source && (
              <p className="block figure-source" {...blockAttributes(item.source)}>
                <BlockText block={item.source} />
              </p>
            )}
          </div>
        </figure>
      );
    case 'box':
      return (
        <aside className="box" aria-labelledby={item.title ? `block-${item.title.id}` : undefined} aria-label={item.title ? undefined : 'Box'}>
          {item.title && (
            <p className="block box-title" {...blockAttributes(item.title)}>
              <BlockText block={item.title} />
            </p>
          )}
          {item.items.map((inner, i) => (
            <ItemView key={i} item={inner} />
          ))}
        </aside>
      );
  }
}

/** What stands for a chart this edition cannot show. */
const note = <p className="figure-note">The chart is in the original publication; this edition keeps its caption and source.</p>;

const BLOCK_CLASS: Partial<Record<BlockInfo['kind'], string>> = {
  byline: 'byline',
  credit: 'credit',
  'figure-source': 'figure-source',
  'box-title': 'box-title',
  'back-matter': 'back-matter'
};

/** A block on its own: a paragraph, a quotation, a byline, a credit line… */
export function BlockView({ block }: { block: BlockInfo }) {
  if (block.kind === 'quote') {
    return (
      <blockquote className="block quote" {...blockAttributes(block)}>
        <BlockText block={block} />
      </blockquote>
    );
  }
  return (
    <p className={`block ${BLOCK_CLASS[block.kind] ?? 'para'}`} {...blockAttributes(block)}>
      <BlockText block={block} />
    </p>
  );
}
