/** The text of one block with its inline markup; highlights are painted over it, never into it. */
import type { BlockInfo } from '../../../../shared/types';
import { InlineText } from './InlineText';

export function BlockText({ block }: { block: BlockInfo }) {
  return <InlineText text={block.text} spans={block.spans} blockId={block.id} />;
}

/** Attributes every rendered block carries: how the reader finds it and maps text offsets into it. */
export function blockAttributes(block: BlockInfo) {
  return { 'data-block-id': block.id, 'data-text-start': block.textStart, id: `block-${block.id}` };
}
