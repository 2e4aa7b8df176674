/**
 * Property-based tests (fast-check) for the position/quote round trip: whatever range is chosen,
 * describing it and anchoring it again finds the same range in an unchanged text; after edits
 * elsewhere it finds the same words or gives up (orphan) — never other words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseString } from '../../../../src/main/library/annotations/anchoring/collapse';
import { anchor } from '../../../../src/main/library/annotations/anchoring/anchor';
import { describe as describeRange, trimRange } from '../../../../src/main/library/annotations/anchoring/selectors';
import { join, PARAGRAPHS, textAt } from '../text-fixtures';
import { runs } from '../../../helpers/property';

const DOC = join(PARAGRAPHS.slice(4, 14));

/** A range of DOC as the service stores it: trimmed of whitespace at its edges. */
const rangeIn = (text: string, maxLength = 300) =>
  fc
    .tuple(fc.nat({ max: text.length - 2 }), fc.integer({ min: 1, max: maxLength }))
    .map(([start, length]) => trimRange(text, start, Math.min(text.length, start + length)))
    .filter((range): range is { start: number; end: number } => range !== null);

/** An edit of `text` that leaves `[start, end)` alone, as a function from text to edited text. */
const editElsewhere = (text: string, start: number, end: number) => {
  const words = fc.array(fc.constantFrom('drug', 'trafficking', 'the', 'EU', 'cocaine', 'Ecuador', 'of', 'and', '2023', '–', 'policy'), {
    minLength: 1,
    maxLength: 40
  });
  const before = fc.nat({ max: start });
  const after = fc.integer({ min: end, max: text.length });
  return fc.oneof(
    // insert words or a whole paragraph somewhere outside the range
    fc.tuple(fc.oneof(before, after), words, fc.boolean()).map(([at, w, paragraph]) => ({
      what: `insert ${paragraph ? 'paragraph' : 'words'} "${w.join(' ')}" at ${at}`,
      apply: (t: string) => `${t.slice(0, at)}${paragraph ? '\n\n' : ' '}${w.join(' ')}${paragraph ? '\n\n' : ' '}${t.slice(at)}`
    })),
    // delete a stretch before or after the range
    fc
      .tuple(before, fc.nat({ max: 400 }))
      .map(([at, n]) => ({ what: `delete ${n} at ${at}`, apply: (t: string) => t.slice(0, at) + t.slice(Math.min(start, at + n)) })),
    fc.tuple(after, fc.nat({ max: 400 })).map(([at, n]) => ({ what: `delete ${n} at ${at}`, apply: (t: string) => t.slice(0, at) + t.slice(at + n) })),
    // duplicate a paragraph (which may contain the quote itself) at the end
    fc.nat({ max: 9 }).map((i) => ({ what: `duplicate paragraph ${i}`, apply: (t: string) => `${t}\n\n${t.split('\n\n')[i] ?? ''}` })),
    // re-flow: every space becomes a line break, or blank lines become spaces (paragraphs joined)
    fc.constantFrom({ what: 'reflow', apply: (t: string) => t.replaceAll(' ', '\n') }, { what: 'join', apply: (t: string) => t.replaceAll('\n\n', ' ') })
  );
};

describe('anchor (properties)', () => {
  it('finds exactly the described range again in an unchanged text, whatever the range', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 2, maxLength: 400 });
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length - 1 }), fc.nat({ max: t.length }))),
        ([t, a, b]) => {
          const [start, end] = a < b ? [a, b] : [b, a];
          fc.pre(start < end && t.slice(start, end).trim() !== '');
          const selectors = describeRange(t, start, end);
          expect(anchor(t, selectors)).toEqual({ status: 'exact', start: selectors.start, end: selectors.end });
        }
      ),
      { numRuns: runs(300) }
    );
  });

  it('finds the same words or an orphan after an edit elsewhere, never other words', () => {
    fc.assert(
      fc.property(
        rangeIn(DOC).chain(({ start, end }) => fc.tuple(fc.constant({ start, end }), editElsewhere(DOC, start, end))),
        ([{ start, end }, edit]) => {
          const selectors = describeRange(DOC, start, end);
          const edited = edit.apply(DOC);
          const result = anchor(edited, selectors);
          if (result.status === 'orphan') return;
          expect(result.status).toBe('exact');
          expect(collapseString(textAt(edited, result)!)).toBe(collapseString(selectors.quote));
        }
      ),
      { numRuns: runs(250) }
    );
  });

  it('anchors a passage with a typo fixed inside it over the same passage, or orphans it', () => {
    fc.assert(
      fc.property(
        rangeIn(DOC).filter(({ start, end }) => end - start >= 12),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.constantFrom('x', 'é', ''),
        ({ start, end }, where, replacement) => {
          const selectors = describeRange(DOC, start, end);
          const at = start + Math.floor(where * (end - start));
          const edited = DOC.slice(0, at) + replacement + DOC.slice(at + 1);
          const result = anchor(edited, selectors);
          if (result.status === 'orphan') return;
          // The same passage: it overlaps where the words were, give or take the typo.
          expect(result.start).toBeLessThan(end + 1);
          expect(result.end).toBeGreaterThan(start);
        }
      ),
      { numRuns: runs(200) }
    );
  });
});
