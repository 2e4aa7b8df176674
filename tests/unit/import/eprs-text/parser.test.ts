import { describe, expect, it } from 'vitest';
import { eprsTextParser, parseEprsText } from '../../../../src/main/library/import/eprs-text/parser';
import type { ParsedBriefing } from '../../../../src/main/library/model';

const lines = (...text: string[]): string => text.join('\n\n');
/** Body paragraphs are long; a short line without a final period reads as a heading. */
const LONG = 'The Commission and the Member States have discussed the matter at length over several meetings in the past year, and the debate goes on.';
const outline = (parsed: ParsedBriefing): string[] => parsed.sections.map((s) => `${'  '.repeat(s.level - 1)}${s.title}`);
const texts = (parsed: ParsedBriefing, kind?: string): string[] => parsed.blocks.filter((b) => !kind || b.kind === kind).map((b) => b.text);

describe('parseEprsText on texts built to exercise one rule each', () => {
  it('imports a text with no recognisable structure as one section titled after the file, with a warning', () => {
    const parsed = parseEprsText(
      lines(
        'It was a quiet morning in the archive, and the analyst read the long report again, line by line, looking for the passage about funding.',
        'Nothing in it had a heading, a summary or a list of contents; it was just prose, paragraph after paragraph, the way notes are written.'
      ),
      '/home/ana/notes on funding.txt'
    );
    expect(parsed.metadata.title).toBe('notes on funding');
    expect(outline(parsed)).toEqual(['notes on funding']);
    expect(parsed.blocks.map((b) => [b.kind, b.section])).toEqual([
      ['paragraph', 0],
      ['paragraph', 0]
    ]);
    expect(parsed.warnings).toEqual(['No headings, summary or contents list were recognised, so the text was imported as one section.']);
  });

  it('keeps footnotes that restart at 1 in every chapter apart by labelling them with the chapter number', () => {
    const parsed = parseEprsText(
      lines(
        'A study in two chapters',
        'Table of contents',
        '1. First chapter ........ 3',
        '2. Second chapter ........ 9',
        '1. First chapter',
        'The first chapter makes a claim.[^1]',
        '[^1]: The source of the first claim.',
        '2. Second chapter',
        'The second chapter makes another.[^1]',
        '[^1]: The source of the second claim.'
      ),
      'study.txt'
    );
    const notes = parsed.blocks.filter((b) => b.kind === 'note');
    expect(notes.map((n) => [n.note?.label, n.text])).toEqual([
      ['1.1', 'The source of the first claim.'],
      ['2.1', 'The source of the second claim.']
    ]);
    const call = (words: string): unknown => parsed.blocks.find((b) => b.text.startsWith(words))?.spans;
    expect(call('The first chapter')).toEqual([{ kind: 'note-ref', start: 32, end: 33, label: '1.1' }]);
    expect(call('The second chapter')).toEqual([{ kind: 'note-ref', start: 33, end: 34, label: '2.1' }]);
    expect(parsed.warnings).toEqual([]);
  });

  it('warns when the "In this briefing" list names a heading the text does not have', () => {
    const parsed = parseEprsText(
      lines('A briefing', 'SUMMARY', 'A summary sentence.', 'IN THIS BRIEFING', '- Background\n- Outlook', 'Background', 'Some text.'),
      'b.txt'
    );
    expect(outline(parsed)).toEqual(['Summary', 'Background']);
    expect(parsed.warnings).toEqual(['The contents list names "Outlook", but no heading with that title was found.']);
  });

  it('takes heading levels from printed section numbers when there is no contents list', () => {
    const parsed = parseEprsText(
      lines('A numbered paper', '1. Introduction', 'Text.', '1.1 Background', 'Text.', '1.2 Method', 'Text.', '2. Findings', 'Text.'),
      'p.txt'
    );
    expect(outline(parsed)).toEqual(['1. Introduction', '  1.1 Background', '  1.2 Method', '2. Findings']);
  });

  it('joins a paragraph split by a page break with a figure at the top of the next page, and puts the figure after it', () => {
    const parsed = parseEprsText(
      lines('A briefing', 'Heading', `${LONG} According to the HR/VP, the EU`, 'Figure 3 – Seizures', 'Source: UNODC.', 'is planning to mobilise new funds.'),
      'b.txt'
    );
    expect(texts(parsed)).toEqual([`${LONG} According to the HR/VP, the EU is planning to mobilise new funds.`, 'Figure 3 – Seizures', 'Source: UNODC.']);
    expect(parsed.figures).toEqual([{ block: 1, number: '3', caption: 'Seizures', source: 'UNODC.', sourceBlock: 2 }]);
  });

  it('does not take the last words of a page for a heading when the next page goes on with the sentence', () => {
    const parsed = parseEprsText(lines('A briefing', 'Heading', 'The Council said that the', 'report was late.'), 'b.txt');
    expect(outline(parsed)).toEqual(['Heading']);
    expect(texts(parsed)).toEqual(['The Council said that the report was late.']);
  });

  it('never joins a paragraph that ends a sentence to the next one', () => {
    const parsed = parseEprsText(
      lines(
        'A briefing',
        'Heading',
        `${LONG} The first ends here.`,
        `${LONG} The second ends with its source! (STOA, 2017)`,
        `${LONG} The third ends with a colon:`,
        '- an item'
      ),
      'b.txt'
    );
    expect(texts(parsed)).toEqual([
      `${LONG} The first ends here.`,
      `${LONG} The second ends with its source! (STOA, 2017)`,
      `${LONG} The third ends with a colon:`,
      'an item'
    ]);
  });

  it('tolerates Windows line endings and lines holding only spaces', () => {
    const parsed = parseEprsText('A briefing\r\n\r\nHeading\r\n \r\nText.\r\n\t\r\nMore text.\r\n', 'b.txt');
    expect(outline(parsed)).toEqual(['Heading']);
    expect(texts(parsed)).toEqual(['Text.', 'More text.']);
  });

  it('is the parser of last resort: it accepts any text', () => {
    expect(eprsTextParser.sniff('anything at all', 'x.txt')).toBe(true);
  });
});
