import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InlineSpan } from '../../../../../src/shared/types';
import { buildInlineTree, type InlineNode } from '../../../../../src/renderer/src/reader/document/inline-tree';

/** The text leaves in document order, as the DOM would hold them. */
function leaves(nodes: InlineNode[], text: string): string {
  return nodes.map((node) => (node.type === 'text' ? text.slice(node.start, node.end) : leaves(node.children, text))).join('');
}

function shape(nodes: InlineNode[], text: string): unknown[] {
  return nodes.map((node) => (node.type === 'text' ? text.slice(node.start, node.end) : { [node.range.kind]: shape(node.children, text) }));
}

describe('buildInlineTree', () => {
  const text = 'According to the Global Report on Cocaine, supply is at record levels.';

  it('renders plain text as one text node', () => {
    expect(shape(buildInlineTree(text.length, []), text)).toEqual([text]);
  });

  it('nests emphasis inside a link that contains it', () => {
    const ranges: InlineSpan[] = [
      { kind: 'link', start: 17, end: 41, href: null },
      { kind: 'emphasis', start: 34, end: 41 }
    ];
    expect(shape(buildInlineTree(text.length, ranges), text)).toEqual([
      'According to the ',
      { link: ['Global Report on ', { emphasis: ['Cocaine'] }] },
      ', supply is at record levels.'
    ]);
  });

  it('splits a range that crosses the end of another, losing and repeating nothing', () => {
    const ranges: InlineSpan[] = [
      { kind: 'link', start: 0, end: 12, href: 'https://example.org' },
      { kind: 'strong', start: 10, end: 20 }
    ];
    expect(shape(buildInlineTree(text.length, ranges), text)).toEqual([
      { link: ['According ', { strong: ['to'] }] },
      { strong: [' the Glo'] },
      'bal Report on Cocaine, supply is at record levels.'
    ]);
  });

  it('puts emphasis inside the link it overlaps', () => {
    const ranges: InlineSpan[] = [
      { kind: 'emphasis', start: 17, end: 30 },
      { kind: 'link', start: 17, end: 41, href: null }
    ];
    const tree = buildInlineTree(text.length, ranges);
    expect(shape(tree, text)).toEqual(['According to the ', { link: [{ emphasis: ['Global Report'] }, ' on Cocaine'] }, ', supply is at record levels.']);
  });

  it('drops empty and out-of-range spans', () => {
    const ranges: InlineSpan[] = [
      { kind: 'emphasis', start: 5, end: 5 },
      { kind: 'strong', start: 80, end: 90 }
    ];
    expect(shape(buildInlineTree(text.length, ranges), text)).toEqual([text]);
  });

  it('always yields text leaves that spell the block text exactly (so DOM offsets are text offsets)', () => {
    const kinds = ['link', 'emphasis', 'strong', 'note-ref'] as const;
    const range = fc.record({ kind: fc.constantFrom(...kinds), start: fc.integer({ min: -5, max: 80 }), length: fc.integer({ min: -3, max: 40 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), fc.array(range, { maxLength: 8 }), (body, raw) => {
        const ranges = raw.map(({ kind, start, length }, i): InlineSpan => {
          const end = start + length;
          if (kind === 'link') return { kind, start, end, href: null };
          if (kind === 'note-ref') return { kind, start, end, label: String(i) };
          return { kind, start, end };
        });
        expect(leaves(buildInlineTree(body.length, ranges), body)).toBe(body);
      })
    );
  });
});
