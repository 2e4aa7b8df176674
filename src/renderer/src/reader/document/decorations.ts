/**
 * What other layers draw into the text as real elements. The annotation layer (issue 5) provides
 * `marksForBlock` to paint highlights as `<mark>`s that can be clicked; transient highlights (find,
 * search hits) use the CSS Custom Highlight API instead and never re-render the text.
 */
import { createContext } from 'react';
import type { InlineMark } from './inline-tree';

export interface ReaderDecorations {
  marksForBlock(blockId: number): readonly InlineMark[];
}

const NO_MARKS: readonly InlineMark[] = [];

export const DecorationsContext = createContext<ReaderDecorations>({ marksForBlock: () => NO_MARKS });
