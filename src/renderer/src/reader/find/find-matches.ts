/**
 * Find in the open briefing: every occurrence of the typed text in the blocks' texts, ignoring
 * case and accents ("Bogota" finds "Bogotá") with the same folding as the search index
 * (src/shared/text.ts), and reported in offsets of the original text so that the matches can be
 * highlighted where they are.
 */
import { foldText, foldWithMap } from '../../../../shared/text';
import type { BlockInfo } from '../../../../shared/types';
import type { TextMatch } from '../text-match';

export interface FoldedBlock {
  blockId: number;
  folded: string;
  map: number[];
}

/** More matches than this are counted but not listed ("1,000+"), to keep highlighting instant. */
export const MAX_FIND_MATCHES = 5_000;

/** Any white space, a no-break space included, matches any other: "100 000" finds "100 000". */
function spaces(text: string): string {
  return text.replace(/\s/g, ' ');
}

/** Folds every block once per document; finding then costs one `indexOf` scan per block. */
export function foldBlocks(blocks: readonly BlockInfo[]): FoldedBlock[] {
  return blocks.map((block) => {
    const { folded, map } = foldWithMap(block.text);
    return { blockId: block.id, folded: spaces(folded), map };
  });
}

export interface FindResult {
  matches: TextMatch[];
  /** True when there were more than `MAX_FIND_MATCHES`. */
  truncated: boolean;
}

/** The occurrences of `query` in reading order. An empty or blank query finds nothing. */
export function findMatches(blocks: readonly FoldedBlock[], query: string, limit = MAX_FIND_MATCHES): FindResult {
  const needle = spaces(foldText(query)).replace(/ +/g, ' ').trim();
  const matches: TextMatch[] = [];
  if (needle === '') return { matches, truncated: false };
  for (const block of blocks) {
    let at = block.folded.indexOf(needle);
    while (at >= 0) {
      if (matches.length === limit) return { matches, truncated: true };
      matches.push({ blockId: block.blockId, start: block.map[at]!, end: block.map[at + needle.length]! });
      at = block.folded.indexOf(needle, at + needle.length);
    }
  }
  return { matches, truncated: false };
}
