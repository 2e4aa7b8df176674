import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/shared/text';
import { termOf, termsOf, tokenize } from '../../../src/main/library/search/tokenizer';

describe('tokenize', () => {
  it('folds case and accents so that Macias, MACÍAS and Macías are one term', () => {
    expect(termsOf('Macias MACÍAS Macías Vălean Bogotá Núñez')).toEqual(['macias', 'macias', 'macias', 'valean', 'bogota', 'nunez']);
  });

  it('keeps a possessive with its word and drops it from the term', () => {
    const [token] = tokenize("Macías's escape");
    expect(token).toEqual({ term: 'macias', start: 0, end: 8, index: 0 });
  });

  it('keeps inner apostrophes in a name and joins the term', () => {
    expect(termsOf("O'Neill and d’Alembert")).toEqual(['oneill', 'and', 'dalembert']);
  });

  it('splits hyphenated words and numbers into words with consecutive positions', () => {
    expect(tokenize('narco-terrorism in 2016-2020').map((t) => [t.term, t.index])).toEqual([
      ['narco', 0],
      ['terrorism', 1],
      ['in', 2],
      ['2016', 3],
      ['2020', 4]
    ]);
  });

  it('ignores punctuation, symbols and words too long to be words', () => {
    expect(termsOf(`€108 million – (EMPACT); ${'x'.repeat(80)} US$`)).toEqual(['108', 'million', 'empact', 'us']);
  });
});

describe('folding (properties)', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(foldText(s)) === foldText(s)));
  });

  it('gives every token a range of the original text whose own term is the token’s term', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const text = s.normalize('NFC');
        for (const token of tokenize(text)) {
          if (termOf(text.slice(token.start, token.end)) !== token.term) return false;
          if (token.start < 0 || token.end > text.length || token.start >= token.end) return false;
        }
        return true;
      })
    );
  });

  it('finds the same terms in a text and in its folded form', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Macías', 'Bogotá', 'seized', 'COCAINE', "world's", 'Vălean', ' ', ', ', '-'), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(termsOf(foldText(text))).toEqual(termsOf(text));
      })
    );
  });
});
