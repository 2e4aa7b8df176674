import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../../src/main/library/annotations/anchoring/word-boundaries';

const TEXT = 'the national drug observatory estimates';
const WHOLE_WORDS = { quote: 'Drug Observatory', prefix: 'the Colombian ', suffix: ' estimates' };

describe('snapToWords', () => {
  it('moves an edge that splits a word out to the edge of that word', () => {
    const range = snapToWords(TEXT, TEXT.indexOf('ational'), TEXT.indexOf('observatory') + 5, WHOLE_WORDS);
    expect(TEXT.slice(range.start, range.end)).toBe('national drug observatory');
  });

  it('leaves edges that already fall between words', () => {
    const start = TEXT.indexOf('drug');
    const end = TEXT.indexOf(' estimates');
    expect(snapToWords(TEXT, start, end, WHOLE_WORDS)).toEqual({ start, end });
  });

  it('keeps an edge inside a word when the stored quote had its edge inside a word too', () => {
    const partial = { quote: 'ational drug', prefix: 'the n', suffix: 'ly observed' };
    const start = TEXT.indexOf('ational');
    const end = TEXT.indexOf(' observatory') - 2;
    expect(snapToWords(TEXT, start, end, partial)).toEqual({ start, end });
  });

  it('treats letters of any script and digits as word characters', () => {
    const text = 'Συνθήκη 2020a ends';
    const range = snapToWords(text, 2, 10, { quote: 'x', prefix: ' ', suffix: ' ' });
    expect(text.slice(range.start, range.end)).toBe('Συνθήκη 2020a');
  });
});
