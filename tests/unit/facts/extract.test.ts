import { describe, expect, it } from 'vitest';
import { extractBlockFacts, extractSentenceFacts } from '../../../src/main/library/facts/extract';

const only = (sentence: string) => {
  const facts = extractSentenceFacts(sentence);
  expect(facts).toHaveLength(1);
  return facts[0]!;
};

describe('extractSentenceFacts', () => {
  it('keeps the value as written with the scale and currency apart ("€139 billion")', () => {
    const fact = only('Organised crime profit amounted to around €139 billion a year.');
    expect(fact).toMatchObject({ value: 139, scale: 'billion', unit: 'EUR', qualifier: 'around' });
  });

  it('reads "US$ 930 million" with a space after the sign, and "more than" as its qualifier', () => {
    expect(only('More than US$ 930 million in aid was spent on narcotics control.')).toMatchObject({
      value: 930,
      scale: 'million',
      unit: 'USD',
      qualifier: 'more than'
    });
  });

  it('reads thousands separated by a space, a no-break space or a narrow no-break space', () => {
    for (const space of [' ', '\u00a0', '\u202f', '\u2009']) {
      expect(only(`Production reached 1${space}120 tonnes of cocaine.`)).toMatchObject({ value: 1120, unit: 'tonnes' });
    }
  });

  it('reads "61 %" and "61%" as percentages', () => {
    expect(only('Colombia accounts for 61 % of global production.')).toMatchObject({ value: 61, unit: 'percent' });
    expect(only('Colombia accounts for 61% of global production.')).toMatchObject({ value: 61, unit: 'percent' });
  });

  it('reads a figure glued to its unit ("60mm"), and not an ordinal or a name glued to a number', () => {
    expect(only('Submarine cables are no larger than 60mm in diameter.')).toMatchObject({ value: 60, unit: 'mm' });
    expect(extractSentenceFacts('The 2nd meeting discussed 5G networks.')).toEqual([]);
  });

  it('reads a range as value and valueTo', () => {
    expect(only('The detour adds 10 to 14 days to each voyage.')).toMatchObject({ value: 10, valueTo: 14, unit: 'days' });
    expect(only('Operators report around 150 to 200 cases of major damage every year.')).toMatchObject({ value: 150, valueTo: 200 });
  });

  it('reads a rate "per 100 000 inhabitants", written with people or inhabitants', () => {
    expect(only('El Salvador had 103 homicides per 100 000 inhabitants in 2015.')).toMatchObject({
      value: 103,
      unit: 'per 100 000 inhabitants',
      period: { from: 2015, to: 2015 }
    });
    expect(only('The homicide rate was 13.7 per 100 000 people.')).toMatchObject({ unit: 'per 100 000 inhabitants' });
  });

  it('gives each figure its own year, and a later figure the earlier one\'s unit ("from 13.7 … in 2021 to about 45 in 2023")', () => {
    const facts = extractSentenceFacts('In Ecuador the homicide rate rose from 13.7 per 100 000 people in 2021 to about 45 in 2023.');
    expect(facts.map((f) => [f.value, f.unit, f.period, f.qualifier])).toEqual([
      [13.7, 'per 100 000 inhabitants', { from: 2021, to: 2021 }, null],
      [45, 'per 100 000 inhabitants', { from: 2023, to: 2023 }, 'about']
    ]);
  });

  it('reads periods: "in 2021", "between 2011 and 2021", "from 2014 to 2020", "2020-2022"', () => {
    expect(only('In 2021, EU Member State authorities seized 303 tonnes of cocaine.').period).toEqual({ from: 2021, to: 2021 });
    expect(only('Between 2011 and 2021, the market increased by 416 %.').period).toEqual({ from: 2011, to: 2021 });
    expect(only('In just six years (from 2014 to 2020), production led to a 416 % increase.').period).toEqual({ from: 2014, to: 2020 });
    expect(only('During the 2020-2022 period, 32.4 % of vessels were tankers.').period).toEqual({ from: 2020, to: 2022 });
  });

  it('keeps the years of an aside with figures of its own to those figures, and gives a figure the span of the aside that explains it', () => {
    const [increase, first, second, worth] = extractSentenceFacts(
      'The 600 tonnes cocaine production increase in Colombia alone (1 120 tonnes in 2018; 1 738 tonnes in 2022) is worth at least US$20 billion.'
    );
    expect(increase!.period).toEqual({ from: 2018, to: 2022 });
    expect([first!.period, second!.period]).toEqual([
      { from: 2018, to: 2018 },
      { from: 2022, to: 2022 }
    ]);
    expect(worth!.period).toBeNull();
    const [fall, inflation] = extractSentenceFacts('The pound keeps falling (down 70 % against the dollar since 2022), with inflation currently at 35 %.');
    expect(fall!.period).toEqual({ from: 2022, to: 2022 });
    expect(inflation!.period).toBeNull();
  });

  it('reads a year named from another: "last year", "the previous year", and not when it is the baseline', () => {
    const [now, then] = extractSentenceFacts('On 28 January 2024 the average was 1.8 million tonnes, against 4.6 million tonnes in the same period last year.');
    expect([now!.period, then!.period]).toEqual([
      { from: 2024, to: 2024 },
      { from: 2023, to: 2023 }
    ]);
    expect(only('The route has seen a 60 % increase in traffic since mid-December, compared with last year.').period).toBeNull();
  });

  it('gives no year to a figure counted back over "the last two and a half years"', () => {
    expect(only('In July 2023, the minister announced more than 25 000 operations in the last two and a half years.').period).toBeNull();
  });

  it('reads qualifiers: about, a record, at least, more than', () => {
    expect(only('Authorities seized a record 121 tonnes of cocaine.').qualifier).toBe('record');
    expect(only('The increase is worth at least US$20 billion.').qualifier).toBe('at least');
  });

  it('takes what is counted and where from the sentence', () => {
    const fact = only('In 2021, EU Member State authorities seized 303 tonnes of cocaine.');
    expect(fact.measure).toBe('cocaine');
    expect(fact.entity).toMatch(/^EU Member State/);
    expect(only('There are more than 45 armed conflicts ongoing today.')).toMatchObject({ value: 45, unit: null, measure: 'armed conflicts' });
  });

  it('takes a place by its whole name when the lexicon knows only its last word ("North Africa")', () => {
    expect(only('The Middle East and North Africa are the least peaceful regions, with more than 45 armed conflicts.').entity).toBe('North Africa');
    expect(only('In Ecuador the homicide rate reached 45 per 100 000 inhabitants.').entity).toBe('Ecuador');
  });

  it('does not take years, dates, articles, figures, pages, ordinals or names for statistics', () => {
    for (const sentence of [
      'The agreement was signed in 2013 and applied from 2017.',
      'The alliance was launched on 24 January 2024.',
      'Article 5 of Regulation 2019/1148 applies, as Figure 2 on page 14 shows.',
      'The 24th high-level meeting took place after the COVID-19 pandemic.',
      'EL PAcCTO 2.0 – the flagship programme – was launched.',
      'The programme ran for almost 30 years.'
    ]) {
      expect(extractSentenceFacts(sentence), sentence).toEqual([]);
    }
  });
});

describe('extractBlockFacts', () => {
  it('gives offsets in the block text, sentence after sentence', () => {
    const text = 'Seizures rose. In 2022, 44 tonnes of cocaine were seized in Guayaquil. About 61 % of it came from Colombia.';
    const facts = extractBlockFacts({ kind: 'paragraph', text });
    expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(['44 tonnes', '61 %']);
  });

  it('skips list numbering and note calls, and blocks that are captions', () => {
    expect(extractBlockFacts({ kind: 'list-item', text: '3. Strengthen port security.' })).toEqual([]);
    const text = 'Revenue fell (GDP).7 Worse still, 35 % inflation followed.';
    const at = text.indexOf('7 Worse');
    expect(extractBlockFacts({ kind: 'paragraph', text, noteCalls: [[at, at + 1]] }).map((f) => f.value)).toEqual([35]);
    expect(extractBlockFacts({ kind: 'figure', text: 'Figure 1 – 303 tonnes seized in 2021' })).toEqual([]);
  });
});
