import { describe, expect, it } from 'vitest';
import { findMatches, foldBlocks } from '../../../../../src/renderer/src/reader/find/find-matches';
import type { BlockInfo } from '../../../../../src/shared/types';

function block(id: number, text: string): BlockInfo {
  return { id, sectionId: 1, kind: 'paragraph', text, textStart: 0, spans: [], page: null };
}

const blocks = [
  block(1, 'Senator Xóchitl Gálvez, the main opposition candidate, met officials in Bogotá.'),
  block(2, 'Homicides rose to 15 per 100\u00a0000 inhabitants; GALVEZ said so twice: Gálvez.')
];
const folded = foldBlocks(blocks);

/** The original text each match covers. */
function covered(query: string): string[] {
  return findMatches(folded, query).matches.map((m) => blocks.find((b) => b.id === m.blockId)!.text.slice(m.start, m.end));
}

describe('findMatches', () => {
  it('ignores case and accents, and reports offsets into the original text', () => {
    expect(covered('galvez')).toEqual(['Gálvez', 'GALVEZ', 'Gálvez']);
    expect(covered('BOGOTA')).toEqual(['Bogotá']);
    expect(covered('xóchitl gálvez')).toEqual(['Xóchitl Gálvez']);
  });

  it('matches any white space with any other, a no-break space included', () => {
    expect(covered('100 000')).toEqual(['100\u00a0000']);
    expect(covered('  main   opposition ')).toEqual(['main opposition']);
  });

  it('lists matches in reading order, block by block', () => {
    expect(findMatches(folded, 'gálvez').matches.map((m) => m.blockId)).toEqual([1, 2, 2]);
  });

  it('finds nothing for a blank query', () => {
    expect(findMatches(folded, '   ')).toEqual({ matches: [], truncated: false });
  });

  it('stops at the limit and says it did', () => {
    const result = findMatches(folded, 'o', 3);
    expect(result.matches).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });
});
