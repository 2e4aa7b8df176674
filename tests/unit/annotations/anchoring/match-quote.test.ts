import { describe, expect, it } from 'vitest';
import { approximateCandidates, bestCandidate, scoreCandidate, similarity } from '../../../../src/main/library/annotations/anchoring/match-quote';

const TEXT =
  'Colombia remains the biggest cultivator of coca, followed by Peru and Bolivia. ' +
  'Cocaine production recently doubled within six years. Seizures in Europe reached a record.';
const QUOTE = 'Cocaine production recently doubled';
const AT = TEXT.indexOf(QUOTE);
const CONTEXT = { prefix: 'followed by Peru and Bolivia. ', suffix: ' within six years. Seizures', hint: AT };
const scoreOf = (text: string, quote: string, context = CONTEXT) => {
  const best = bestCandidate(approximateCandidates(text, quote, context).map((c) => scoreCandidate(text, quote, context, c)));
  return best?.score ?? 0;
};

describe('scoreCandidate', () => {
  it('gives an exact quote in its exact context the full score', () => {
    expect(scoreCandidate(TEXT, QUOTE, CONTEXT, { start: AT, end: AT + QUOTE.length, errors: 0 }).score).toBe(1);
  });

  it('scores strictly lower as the quote, the prefix or the suffix gets worse', () => {
    const exact = scoreCandidate(TEXT, QUOTE, CONTEXT, { start: AT, end: AT + QUOTE.length, errors: 0 }).score;
    const typo = scoreOf(TEXT.replace('recently', 'recentyl'), QUOTE);
    const twoTypos = scoreOf(TEXT.replace('recently', 'recentyl').replace('production', 'prodcution'), QUOTE);
    expect(typo).toBeLessThan(exact);
    expect(twoTypos).toBeLessThan(typo);
    const badPrefix = scoreOf(TEXT.replace('and Bolivia.', 'and Ecuador.'), QUOTE);
    const worsePrefix = scoreOf(TEXT.replace('by Peru and Bolivia.', 'by Chile and Ecuador.'), QUOTE);
    expect(badPrefix).toBeLessThan(exact);
    expect(worsePrefix).toBeLessThan(badPrefix);
    const badSuffix = scoreOf(TEXT.replace('six years', 'ten years'), QUOTE);
    expect(badSuffix).toBeLessThan(exact);
  });
});

describe('similarity', () => {
  it('is 1 for equal strings, 0 for empty ones, and in between for near ones', () => {
    expect(similarity('record levels', 'record levels')).toBe(1);
    expect(similarity('', 'record')).toBe(0);
    expect(similarity('record lvels', 'record levels')).toBeCloseTo(1 - 1 / 13);
  });
});
