/** The text of one block, with the marks the decoration layer wants drawn on it. */
import { useContext } from 'react';
import type { BlockInfo } from '../../../../shared/types';
import { DecorationsContext } from './decorations';
import { InlineText } from './InlineText';

export function BlockText({ block }: { block: BlockInfo }) {
  const { marksForBlock } = useContext(DecorationsContext);
  return <InlineText text={block.text} spans={block.spans} marks={marksForBlock(block.id)} blockId={block.id} />;
}

/** Attributes every rendered block carries: how the reader finds it and maps text offsets into it. */
export function blockAttributes(block: BlockInfo) {
  return { 'data-block-id': block.id, 'data-text-start': block.textStart, id: `block-${block.id}` };
}
