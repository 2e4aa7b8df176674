import { describe, expect, it } from 'vitest';
import { extractSentenceFacts } from '../../../src/main/library/facts/extract';
import { spansToTag } from '../../../src/main/library/facts/tag-spans';

const SENTENCE =
  'According to the latest survey published by the national police and the customs service after a long and careful review of all their records over the whole of the period, Ecuador and its neighbours, which had long been seen as transit countries by most observers of the regional trade, seized 45 tonnes of cocaine.';

describe('spansToTag', () => {
  it('leaves out the words of a sentence that are neither near a figure nor beside a capitalised name', () => {
    const figure = SENTENCE.indexOf('45');
    const spans = spansToTag(SENTENCE, [{ start: figure, end: figure + 9 }]);
    const tagged = spans.map((s) => SENTENCE.slice(s.start, s.end));
    expect(tagged).toContain('period, Ecuador and');
    expect(tagged.at(-1)).toMatch(/seized 45 tonnes of cocaine\.$/);
    expect(tagged.join(' ')).not.toContain('careful review');
  });

  it("still finds the figure's entity and measure in the spans, with no phrase run across the words between", () => {
    expect(extractSentenceFacts(SENTENCE)).toMatchObject([{ value: 45, unit: 'tonnes', measure: 'cocaine', entity: 'Ecuador' }]);
  });
});
