import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEprsText } from '../../../../src/main/library/import/eprs-text/parser';
import { BUNDLED_BRIEFING, SAMPLES_DIR } from '../../../helpers/temp-library';
import { invariantViolations } from './invariants';
import { runs } from '../../../helpers/property';

const REAL_TEXTS = [
  BUNDLED_BRIEFING,
  ...fs
    .readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(SAMPLES_DIR, f))
].map((file) => fs.readFileSync(file, 'utf8'));

/** Pieces of the layout's vocabulary, so that random texts hit the parser's rules, not only plain prose. */
const PIECES = [
  'SUMMARY',
  'IN THIS BRIEFING',
  'In this Briefing',
  'ENDNOTES',
  'MAIN REFERENCES',
  'References',
  'DISCLAIMER AND COPYRIGHT',
  'Table of contents',
  '1. Foreword ........ 4',
  '2. Introduction .. 13',
  '1. Foreword',
  'AUTHORS',
  'Peter J. Bentley, UCL',
  'March 2018',
  'PE 614.547',
  'In-depth Analysis',
  'doi: 10.2861/412165',
  '© European Union, 2024.',
  'eprs@ep.europa.eu (contact)',
  '- ',
  '* ',
  '1. ',
  '(2) ',
  'a) ',
  'Figure 1 – ',
  'Source: ',
  'Data source: ',
  '[^1]',
  '[^1]: ',
  '[^2]: ',
  '[',
  ']',
  '](#)',
  '(',
  ')',
  '[text](#)',
  '[link](http://example.eu)',
  '<http://epthinktank.eu>',
  '**',
  '*',
  '\\$',
  '\\',
  '…',
  ':',
  '.',
  ',',
  ';',
  '?',
  'Myth 1: ',
  'Recommendation 2',
  'Below is an outline.',
  'Introduction',
  'Bolivia',
  'the',
  'policy',
  'Ecuador',
  'and',
  'In',
  'December 2023, the Court ruled',
  'Macías',
  'Vălean',
  '\u00a0',
  '\t',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  ' \n'
];

const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const layoutLine = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));
/** Lines of pieces, separated like the layout's blocks (mostly a blank line between). */
const layoutText = fc
  .array(fc.tuple(layoutLine, fc.constantFrom('\n\n', '\n\n', '\n', '\n \n', '\r\n\r\n', '')), { maxLength: 60 })
  .map((lines) => lines.map(([line, separator]) => line + separator).join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));

type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'truncate' | 'insert'; at: number; other: number; text: string };
const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'duplicate', 'swap', 'truncate', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 }))
});

/**
 * A real publication with lines deleted, duplicated, swapped, cut short or given stray markup.
 * The property receives the recipe, not the text, so that a failure prints a short counterexample.
 */
const mutations = fc.tuple(fc.nat({ max: REAL_TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 25 }));

function mutate([which, recipe]: [number, Mutation[]]): string {
  const lines = REAL_TEXTS[which]!.split('\n');
  for (const m of recipe) {
    const at = m.at % lines.length;
    const other = m.other % lines.length;
    const line = lines[at]!;
    const cut = m.other % (line.length + 1);
    if (m.kind === 'delete' && lines.length > 1) lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(other, 0, line);
    else if (m.kind === 'swap') [lines[at], lines[other]] = [lines[other]!, line];
    else if (m.kind === 'truncate') lines[at] = line.slice(0, cut);
    else lines[at] = line.slice(0, cut) + m.text + line.slice(cut);
  }
  return lines.join('\n');
}

function expectWellFormed(text: string): void {
  const problems = invariantViolations(parseEprsText(text, 'random.txt'));
  if (problems.length > 0) throw new Error(problems.join('; '));
}

describe('parseEprsText on any decoded text', () => {
  it('gives a well-formed briefing for random texts in the layout vocabulary', () => {
    fc.assert(fc.property(layoutText, expectWellFormed), { numRuns: runs(400) });
  });

  it('gives a well-formed briefing for arbitrary Unicode strings', () => {
    fc.assert(fc.property(anyText, expectWellFormed), { numRuns: runs(300) });
  });

  it('gives a well-formed briefing for real publications with lines deleted, moved, cut or garbled', () => {
    fc.assert(
      fc.property(mutations, (recipe) => expectWellFormed(mutate(recipe))),
      { numRuns: runs(150) }
    );
  });

  it('gives a well-formed briefing for each real publication as it is', () => {
    for (const text of REAL_TEXTS) expect(invariantViolations(parseEprsText(text, 'real.txt'))).toEqual([]);
  });

  it.each<[string, string]>([
    ['a line of 200,000 "["', '['.repeat(200_000)],
    ['100,000 links that never close', '[](#'.repeat(100_000)],
    ['100,000 "<" and unfinished addresses', '<'.repeat(100_000) + '<http://'.repeat(20_000)],
    ['100,000 asterisks', 'a* *b '.repeat(50_000)],
    ['5,000 long lines that never end a sentence', Array.from({ length: 5_000 }, () => 'word '.repeat(40).trim()).join('\n\n')],
    ['5,000 headings', Array.from({ length: 5_000 }, (_, i) => `Heading ${i}`).join('\n\n')],
    ['a contents line of 100,000 dot leaders', ' ..'.repeat(100_000) + ' 12']
  ])('stays linear on hostile input: %s', (_what, body) => {
    // Quadratic work on these would take minutes; linear work takes a fraction of a second.
    expectWellFormed(`A title\n\n${body}`);
  });

  // Counterexamples the properties found, kept as plain tests so they hold whatever the seed.
  it.each<[string, string]>([
    ['an empty endnote between special headings', 'SUMMARY\n\nENDNOTES\n\n[^2]: \n\nSUMMARY\n\n'],
    ['an empty endnote whose text is on the next line', 'A title\n\nText.[^1]\n\nENDNOTES\n\n[^1]:\n\n  The note itself.  \n\n'],
    ['empty endnotes one after another', 'A title\n\nText.[^1]\n\nENDNOTES\n\n[^1]: \n\n[^2]:\n\n[^3]: \t'],
    ['special headings with nothing between them', 'SUMMARY\n\nIN THIS BRIEFING\n\nENDNOTES\n\nMAIN REFERENCES\n\nDISCLAIMER AND COPYRIGHT\n\n'],
    ['SUMMARY repeated', 'SUMMARY\n\nSUMMARY\n\nSUMMARY\n\n \n\nSUMMARY'],
    ['a note continued by blank-looking lines', 'A title\n\nENDNOTES\n\n[^1]: One.\n\n\u00a0\n\n\t\n\nTwo.']
  ])('gives a well-formed briefing for %s', (_what, text) => {
    expect(invariantViolations(parseEprsText(text, 'regression.txt'))).toEqual([]);
  });

  it("keeps an empty endnote's text from its next line, without the separator", () => {
    const parsed = parseEprsText('SUMMARY\n\nENDNOTES\n\n[^2]: \n\nSUMMARY\n\n', 'regression.txt');
    expect(parsed.blocks.filter((b) => b.kind === 'note').map((b) => [b.note?.label, b.text])).toEqual([['2', 'SUMMARY']]);
  });

  it('would notice a broken tree, a span outside its text and a call to a missing note', () => {
    const parsed = parseEprsText('A title\n\nHeading\n\nSome text with a call.', 'x.txt');
    parsed.sections.push({ title: 'Orphan', level: 3, parent: 0, kind: 'body' });
    parsed.blocks[0]!.spans.push({ kind: 'link', start: 5, end: 500, href: null }, { kind: 'note-ref', start: 0, end: 1, label: '9' });
    expect(invariantViolations(parsed)).toEqual([
      'section 1 has level 3 under a level-1 parent',
      'block 0 has a link span 5–500 outside its 22 characters',
      'block 0 calls note "9", which does not exist'
    ]);
  });
});
