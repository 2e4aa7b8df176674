import { describe, expect, it } from 'vitest';
import { correctQuery } from '../../../../src/renderer/src/search/correct-query';

describe('correctQuery', () => {
  it('replaces the misspelt word the suggestion is closest to', () => {
    expect(correctQuery('cocainne seizures', 'cocaine')).toBe('cocaine seizures');
    expect(correctQuery('port of Guayakil', 'guayaquil')).toBe('port of guayaquil');
  });

  it('leaves operators, exclusions and filters alone', () => {
    expect(correctQuery('-cannabis traficking year:2024', 'trafficking')).toBe('-cannabis trafficking year:2024');
  });

  it('adds the word when there is nothing to replace', () => {
    expect(correctQuery('', 'cocaine')).toBe('cocaine');
    expect(correctQuery('"organised crime"', 'cocaine')).toBe('"organised crime" cocaine');
  });
});
