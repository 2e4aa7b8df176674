import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe as describeRange, trimRange } from '../../../../src/main/library/annotations/anchoring/selectors';

describe('describe', () => {
  it('keeps the quote with 32 units of context on each side and its offsets', () => {
    const text = `${'a'.repeat(40)} quoted words ${'b'.repeat(40)}`;
    const sel = describeRange(text, 41, 53);
    expect(sel).toEqual({ quote: 'quoted words', prefix: `${'a'.repeat(31)} `, suffix: ` ${'b'.repeat(31)}`, start: 41, end: 53 });
    expect(sel.prefix).toHaveLength(CONTEXT_LENGTH);
  });

  it('counts an emoji before the quote as two UTF-16 units', () => {
    const sel = describeRange('🌍 Bogotá', 3, 9);
    expect(sel).toMatchObject({ quote: 'Bogotá', prefix: '🌍 ', start: 3, end: 9 });
  });

  it('never stores half of an emoji: boundaries inside a surrogate pair move outwards', () => {
    const text = 'x🌍y🌍z';
    expect(describeRange(text, 2, 4)).toMatchObject({ quote: '🌍y', start: 1, end: 4 });
    expect(describeRange(text, 3, 5)).toMatchObject({ quote: 'y🌍', start: 3, end: 6 });
    const long = `🌍${'a'.repeat(31)}Q`;
    // The context window would start inside the emoji: it starts after it instead.
    expect(describeRange(long, 33, 34).prefix).toBe('a'.repeat(31));
  });

  it('refuses an empty or out-of-range selection with a one-line message', () => {
    expect(() => describeRange('abc', 2, 2)).toThrow('Annotations: the range 2–2 is empty or outside the text (0–3)');
    expect(() => describeRange('abc', 1, 9)).toThrow('outside the text');
  });
});

describe('trimRange', () => {
  it('drops line breaks and spaces a triple-click selection carries at its edges', () => {
    const text = 'One.\n\nTwo words.\n\nThree.';
    expect(trimRange(text, 4, 18)).toEqual({ start: 6, end: 16 });
  });

  it('returns null for a selection of whitespace only', () => {
    expect(trimRange('a \n\n b', 1, 5)).toBeNull();
  });
});
