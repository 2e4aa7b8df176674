import { describe, expect, it } from 'vitest';
import { anchor } from '../../../../src/main/library/annotations/anchoring/anchor';
import { describe as describeRange } from '../../../../src/main/library/annotations/anchoring/selectors';
import { join, PARAGRAPHS, select, textAt } from '../text-fixtures';

const P = PARAGRAPHS.slice(0, 20);
const BASE = join(P);
const SENTENCE = 'Cocaine production recently doubled within six years (from 2014 to 2020).';

describe('anchor', () => {
  it('finds an annotation at its place in an unchanged text', () => {
    const sel = select(BASE, SENTENCE);
    expect(anchor(BASE, sel)).toEqual({ status: 'exact', start: sel.start, end: sel.end });
  });

  it('follows a passage when a paragraph is inserted before it', () => {
    const sel = select(BASE, SENTENCE);
    const inserted = 'A new opening paragraph written for the second edition of this briefing.';
    const edited = join([inserted, ...P]);
    const result = anchor(edited, sel);
    expect(result).toEqual({ status: 'exact', start: sel.start + inserted.length + 2, end: sel.end + inserted.length + 2 });
  });

  it('keeps its place when text after it changes', () => {
    const sel = select(BASE, SENTENCE);
    const edited = join([...P.slice(0, 8), 'An added paragraph after the annotated one.', ...P.slice(10)]);
    expect(anchor(edited, sel)).toEqual({ status: 'exact', start: sel.start, end: sel.end });
  });

  it('anchors fuzzily when a word inside the passage changes, covering the new wording', () => {
    const sel = select(BASE, SENTENCE);
    const edited = BASE.replace('recently doubled within', 'more than doubled within');
    const result = anchor(edited, sel);
    expect(result.status).toBe('fuzzy');
    expect(textAt(edited, result)).toBe('Cocaine production more than doubled within six years (from 2014 to 2020).');
  });

  it('covers whole words when a reworded passage is found approximately, never half a word', () => {
    const text = join(PARAGRAPHS);
    const sel = select(text, 'Colombian Drug Observatory');
    const edited = text.replace('[Colombian Drug Observatory]', '[national drug observatory]');
    const result = anchor(edited, sel);
    expect(result.status).toBe('fuzzy');
    expect(textAt(edited, result)).toBe('national drug observatory');
  });

  it('keeps a highlight that began inside a word inside that word after a fuzzy match', () => {
    const sel = select(BASE, 'caine production recently doubled');
    const edited = BASE.replace('recently doubled within', 'recently more than doubled within');
    const result = anchor(edited, sel);
    expect(textAt(edited, result)?.startsWith('caine production')).toBe(true);
  });

  it('stays exact when the words right around a long passage are rewritten', () => {
    const sel = select(BASE, SENTENCE);
    const edited = BASE.replace('is at record levels. Cocaine', 'has never been higher. Cocaine').replace(
      '2020). The COVID-19 pandemic only temporarily',
      '2020). The pandemic disrupted it only for a while'
    );
    const result = anchor(edited, sel);
    expect(result.status).toBe('exact');
    expect(textAt(edited, result)).toBe(SENTENCE);
  });

  it('anchors exactly across a paragraph re-split inside the passage', () => {
    const sel = select(BASE, SENTENCE);
    const edited = BASE.replace('doubled within six', 'doubled\n\nwithin six');
    const result = anchor(edited, sel);
    expect(result.status).toBe('exact');
    expect(textAt(edited, result)).toBe('Cocaine production recently doubled\n\nwithin six years (from 2014 to 2020).');
  });

  it('anchors exactly in a re-flowed paragraph whose spaces became line breaks and no-break spaces', () => {
    const sel = select(BASE, SENTENCE);
    const edited = BASE.replace(SENTENCE, 'Cocaine production recently\ndoubled within  six years\u00a0(from 2014 to 2020).');
    const result = anchor(edited, sel);
    expect(result.status).toBe('exact');
    expect(textAt(edited, result)).toBe('Cocaine production recently\ndoubled within  six years\u00a0(from 2014 to 2020).');
  });

  it('anchors a passage across two paragraphs after they were joined into one', () => {
    const quote = `${P[6]!.slice(-40)}\n\n${P[7]!.slice(0, 40)}`;
    const sel = select(BASE, quote);
    const edited = join([...P.slice(0, 6), `${P[6]} ${P[7]}`, ...P.slice(8)]);
    const result = anchor(edited, sel);
    expect(result.status).toBe('exact');
    expect(textAt(edited, result)).toBe(`${P[6]!.slice(-40)} ${P[7]!.slice(0, 40)}`);
  });

  it('follows a passage whose whole section moved to the end of the document', () => {
    const sel = select(BASE, 'Homicides in Ecuador rose 407 % between 2016 and 2022.');
    const section = P.slice(4, 10);
    const edited = join([...P.slice(0, 4), ...P.slice(10), ...section]);
    const result = anchor(edited, sel);
    expect(result.status).toBe('exact');
    expect(textAt(edited, result)).toBe('Homicides in Ecuador rose 407 % between 2016 and 2022.');
    expect(result.start).toBeGreaterThan(edited.indexOf(P[19]!));
  });

  it('anchors fuzzily when the sentence is reworded', () => {
    const original = 'In 2021, EU Member State authorities seized 303 tonnes of cocaine – the highest ever amount of cocaine confiscated in Europe.';
    const sel = select(BASE, original);
    const reworded = 'In 2021, the authorities of EU Member States seized 303 tonnes of cocaine – the largest amount of cocaine ever confiscated in Europe.';
    const edited = BASE.replace(original, reworded);
    const result = anchor(edited, sel);
    expect(result.status).toBe('fuzzy');
    expect(textAt(edited, result)).toBe(reworded);
  });

  it('orphans a sentence reworded beyond recognition rather than pointing elsewhere', () => {
    const original = 'Homicides in Ecuador rose 407 % between 2016 and 2022.';
    const sel = select(BASE, original);
    const edited = BASE.replace(original, 'The number of murders there quadrupled in six years.');
    expect(anchor(edited, sel)).toEqual({ status: 'orphan', start: null, end: null });
  });

  it('orphans a passage whose paragraph was deleted', () => {
    const sel = select(BASE, SENTENCE);
    const edited = join(P.filter((_, i) => i !== 7));
    expect(anchor(edited, sel).status).toBe('orphan');
  });

  it('orphans a short quote whose passage was deleted even though the words occur elsewhere', () => {
    // "cocaine" occurs in many paragraphs; only the annotated one is gone.
    const sel = select(BASE, 'seized 303 tonnes of cocaine');
    const edited = join(P.filter((_, i) => i !== 2)).replaceAll('seized a record 303 tonnes of cocaine', 'seized a record 303 tonnes');
    expect(anchor(edited, sel).status).toBe('orphan');
  });

  it('picks the right one of two identical sentences by their prefix and suffix', () => {
    const repeated = 'The situation remains fragile.';
    const text = join([`${P[0]} ${repeated} Colombia`, `${P[1]} ${repeated} Peru`]);
    const second = select(text, repeated, 1);
    const edited = `An inserted paragraph.\n\n${text}`.replace(`${repeated} Colombia`, `${repeated} Bolivia`);
    const result = anchor(edited, second);
    expect(result.status).toBe('exact');
    expect(result.start).toBe(edited.lastIndexOf(repeated));
  });

  it('uses the position to break a tie between identical paragraphs', () => {
    const text = join([P[0]!, P[3]!, P[3]!, P[5]!]);
    const quote = 'the EU is stepping up its response';
    const second = select(text, quote, 1);
    const edited = join(['Short new paragraph.', P[0]!, P[3]!, P[3]!, P[5]!]);
    const result = anchor(edited, second);
    expect(result.status).toBe('exact');
    expect(result.start).toBe(edited.lastIndexOf(quote));
  });

  it('finds a reworded original even when an exact copy of the quote stands elsewhere in other words', () => {
    const quote = 'the European cocaine market increased by 416 %';
    const text = join([`${P[0]} Within ten years ${quote} according to the report.`, P[1]!, `${P[2]} Analysts repeat that ${quote} since 2011.`]);
    const first = select(text, quote, 0);
    const edited = text.replace(`Within ten years ${quote} according`, 'Within ten years the European cocaine market grew by 416 % according');
    const result = anchor(edited, first);
    expect(result.status).toBe('fuzzy');
    expect(textAt(edited, result)).toBe('the European cocaine market grew by 416 %');
  });

  it('counts offsets in UTF-16 units, so an emoji before the quote shifts it by two', () => {
    const text = `🌍 ${P[0]}`;
    const sel = select(text, 'record levels');
    expect(sel.start).toBe(2 + 1 + P[0]!.indexOf('record levels'));
    expect(anchor(text, sel)).toEqual({ status: 'exact', start: sel.start, end: sel.end });
    const two = `🌍🌍 ${P[0]}`;
    expect(textAt(two, anchor(two, sel))).toBe('record levels');
  });

  it('orphans an empty or whitespace-only quote', () => {
    expect(anchor(BASE, { quote: ' \n', prefix: '', suffix: '', start: 0, end: 2 }).status).toBe('orphan');
  });

  it('anchors a passage at the very start of the text, which has no prefix', () => {
    const sel = describeRange(BASE, 0, 30);
    expect(sel.prefix).toBe('');
    const edited = `Preface.\n\n${BASE}`;
    expect(textAt(edited, anchor(edited, sel))).toBe(BASE.slice(0, 30));
  });
});
