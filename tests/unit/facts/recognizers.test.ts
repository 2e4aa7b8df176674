import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../../src/main/library/facts/recognizers';

/** What recognizers-text itself reads in the whole sentence: percentages first, then the numbers beside them, in digits. */
function modelsRead(sentence: string): Array<{ start: number; text: string; value: number; percent: boolean }> {
  const recognizer = new NumberRecognizer(Culture.English);
  const read = (model: ReturnType<NumberRecognizer['getNumberModel']>, percent: boolean) =>
    model.parse(sentence).map((r) => ({ start: r.start, end: r.end + 1, value: Number(String(r.resolution?.value ?? '').replace('%', '')), percent }));
  const found = read(recognizer.getPercentageModel(), true);
  for (const n of read(recognizer.getNumberModel(), false)) if (!found.some((f) => f.start < n.end && n.start < f.end)) found.push(n);
  return found
    .map(({ start, end, value, percent }) => ({ start, text: sentence.slice(start, end), value, percent }))
    .filter((f) => /\d/.test(f.text))
    .sort((a, b) => a.start - b.start);
}

/** Each sentence's figures, as recognizeNumbers reads them, are those the models alone read. */
function expectReadAsTheModelsRead(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    expect(
      recognizeNumbers(sentence).map(({ start, text, value, percent }) => ({ start, text, value, percent })),
      sentence
    ).toEqual(modelsRead(sentence));
  }
}

describe('recognizeNumbers', () => {
  it('reads figures in digits alone (and their percent signs) as recognizers-text does', () => {
    expectReadAsTheModelsRead([
      'Production reached 1 120 tonnes in 2018 and 1 738 tonnes in 2022.',
      'Colombia accounts for 61 % of global production, Peru for 26% and Bolivia for 13.5 %.',
      'Some 1,234,567.89 euros were seized, against 12,300 a year earlier.',
      'The homicide rate rose from 13.7 per 100 000 people to about 45.',
      'More than 25 000 anti-drug operations took place (20 %).',
      'Cultivation covered 230 000 hectares, up from 204 000.'
    ]);
  });

  it('leaves scales, ranges, fractions ("1 in 5") and figures glued to letters to the models', () => {
    expectReadAsTheModelsRead([
      'It cost US$ 930 million in 2023, some 4.1 billion over 2021-2027.',
      'Training runs need 10^25 operations, a 5G network or 1/2 of the budget.',
      'It fell by 3.5 per cent, see Bangkok_Rules_ENG_22032015.pdf and COVID-19.',
      '1 in 5 adults and 3 out of 10 children were affected, about 45 in 2023 and'
    ]);
  });
});
