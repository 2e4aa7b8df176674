import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockInfo, BriefingDocument } from '../../../../src/shared/types';
import { blocksOf, blockWith, importDocument, linksOf, outline, SAMPLE, STRAY_MARKUP } from './fixtures';

const docs = {} as Record<keyof typeof SAMPLE, BriefingDocument>;
beforeAll(() => {
  for (const [name, file] of Object.entries(SAMPLE)) docs[name as keyof typeof SAMPLE] = importDocument(file);
});

const kinds = (blocks: BlockInfo[]): string[] => blocks.map((b) => b.kind);
const notes = (doc: BriefingDocument): BlockInfo[] => doc.blocks.filter((b) => b.kind === 'note');
const noteCalls = (block: BlockInfo): string[] => block.spans.flatMap((s) => (s.kind === 'note-ref' ? [s.label] : []));

describe('importing the other EPRS publications', () => {
  it('reads every sample without a warning and without markup left in the text', () => {
    for (const doc of Object.values(docs)) {
      expect(doc.warnings).toEqual([]);
      for (const block of doc.blocks) expect(block.text, block.text.slice(0, 60)).not.toMatch(STRAY_MARKUP);
    }
  });
});

describe('01 Red Sea briefing: subsections without numbers, endnotes, bold, a "Data source" figure', () => {
  it('nests unlisted headings under the listed one before them, including a second "European Parliament position" met after the list moved past it', () => {
    expect(outline(docs.redSea)).toEqual([
      'Summary [summary]',
      'Introduction',
      'Impact of the attacks',
      'Countries affected',
      'Mitigating factors',
      'European Parliament position',
      'Damage to subsea communication cables',
      '  Importance of submarine communication cables',
      '  Potential costs',
      'The EU and submarine communication cables',
      '  European Parliament position'
    ]);
    expect(blocksOf(docs.redSea, 'Mitigating factors').length).toBe(2);
    const positions = docs.redSea.sections.filter((s) => s.title === 'European Parliament position');
    const textOf = (id: number): string => docs.redSea.blocks.find((b) => b.sectionId === id)!.text;
    expect(textOf(positions[0]!.id)).toMatch(/^In its resolution of 28 February 2024/);
    expect(textOf(positions[1]!.id)).toMatch(/^In its resolution of 7 June 2022/);
  });

  it('reads both figures, the second with a "Data source:" line', () => {
    expect(docs.redSea.figures.map(({ number, caption, source }) => ({ number, caption, source }))).toEqual([
      { number: '1', caption: 'Shipping diversion due to attacks', source: 'Associated Press.' },
      { number: '2', caption: 'Submarine cables in the Red Sea', source: 'Compiled by EPRS from ArcGIS Undersea telecom cables and BBC.' }
    ]);
    expect(kinds(blocksOf(docs.redSea, 'Introduction')).slice(0, 2)).toEqual(['figure', 'figure-source']);
  });

  it('collects the eleven endnotes as notes outside any section, and links each call to its note', () => {
    const found = notes(docs.redSea);
    expect(found.map((n) => n.note?.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(found.every((n) => n.sectionId === null)).toBe(true);
    expect(found[6]!.text).toBe("The Suez Canal contributed US$9.4 billion in 2023 or approximately 2.3 % of Egypt's GDP.");
    expect(linksOf(found[6]!)).toEqual([{ text: 'contributed', href: null }]);
    const calls = docs.redSea.blocks.flatMap(noteCalls);
    expect(calls).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    const first = blockWith(docs.redSea, 'highest-ever weekly increase');
    const call = first.spans.find((s) => s.kind === 'note-ref')!;
    expect(first.text.slice(call.start - 9, call.end)).toBe('(UNCTAD).1');
  });

  it('reads bold words as strong spans over the plain words', () => {
    const block = blockWith(docs.redSea, 'have been rising. In the last week of December 2023');
    expect(block.text.startsWith('Shipping prices have been rising.')).toBe(true);
    expect(block.spans[0]).toEqual({ kind: 'strong', start: 0, end: 'Shipping prices'.length });
  });

  it.each([
    ['were tankers (i.e. carrying oil),', '27.9 % were container ships'],
    ['and equity derivatives', 'markets. Without the undersea fibre-optic network'],
    ['including cybersecurity, digital', 'connectivity, and critical infrastructure']
  ])('joins the paragraph split after "…%s"', (end, start) => {
    expect(blockWith(docs.redSea, `${end} ${start}`).kind).toBe('paragraph');
  });
});

describe('02 AI ethics briefing: three levels, side boxes, endnotes and main references', () => {
  it('infers three heading levels: listed sections, their subsections, and the headings a subsection announces', () => {
    expect(outline(docs.aiEthics)).toEqual([
      'Summary [summary]',
      'EU human-centric approach to artificial intelligence',
      '  Background',
      '  EU approach',
      '  Notion of human-centric AI',
      'Key ethical requirements',
      '  Human agency and oversight',
      '  Technical robustness and safety',
      '  Privacy and data protection',
      '  Transparency',
      '  Diversity, non-discrimination and fairness',
      '  Societal and environmental well-being',
      '  Accountability',
      'Implementation challenges',
      '  Need for clarification',
      '  Lack of regulatory oversight',
      '  Need for coordination of actions at EU and national levels',
      '    France',
      '    Germany',
      '    Finland',
      '    United Kingdom',
      'Possible further EU action',
      '  Clarification of the guidelines',
      '  Explainability – part II',
      '  Standardisation',
      '  EU regulatory framework on AI',
      '    Legislation on transparency of decision-making systems',
      '    Sector-specific legislation in the health sector',
      '    Legislation on face recognition technology',
      'International context',
      '  United States',
      '  China',
      '  Other countries and organisations in the world',
      'Outlook'
    ]);
    expect(docs.aiEthics.inThisBriefing).toHaveLength(6);
  });

  it('lifts the side box that interrupts a list out of it, so that the list reads in one piece', () => {
    const section = blocksOf(docs.aiEthics, 'Human agency and oversight');
    expect(kinds(section)).toEqual([
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'box-title',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'paragraph'
    ]);
    expect(section[3]!.text).toMatch(/^a machine cannot be in full control\./);
    expect(section[3]!.box).toBeUndefined();
    expect(section[4]).toMatchObject({ text: 'The key EU requirements for achieving trustworthy AI', box: 1 });
    expect(section.slice(5, 12).map((b) => [b.text, b.box])).toEqual(
      [
        'human agency and oversight',
        'robustness and safety',
        'privacy and data governance',
        'transparency',
        'diversity, non-discrimination and fairness',
        'societal and environmental well-being',
        'accountability'
      ].map((t) => [t, 1])
    );
  });

  it('reads the titled passages printed across a page break as side boxes and joins the paragraph around them', () => {
    const clarification = blocksOf(docs.aiEthics, 'Need for clarification');
    expect(kinds(clarification)).toEqual(['paragraph', 'box-title', 'paragraph', 'paragraph', 'paragraph']);
    expect(clarification[0]!.text).toMatch(/the final version of the text instead referred to these issues as 'critical concerns'/);
    expect(clarification.slice(1, 4).map((b) => b.box)).toEqual([2, 2, 2]);
    expect(clarification[1]!.text).toBe('Explainability – part I');
    expect(clarification[4]!.box).toBeUndefined();
    expect(clarification[4]!.text).toMatch(/^Another expert group member, Andrea Renda/);

    const standardisation = blocksOf(docs.aiEthics, 'Standardisation');
    expect(blockWith(docs.aiEthics, 'as the self-certification framework is evolving and it is too early').sectionId).toBe(standardisation[0]!.sectionId);
    expect(standardisation.filter((b) => b.box === 3).map((b) => b.kind)).toEqual(['box-title', 'paragraph', 'paragraph']);
    expect(blockWith(docs.aiEthics, 'appropriate redress mechanisms for individuals.11 Another').kind).toBe('paragraph');
    expect(blockWith(docs.aiEthics, 'standards and codes of conduct in the field of AI.').kind).toBe('paragraph');
  });

  it('reads a paragraph printed wholly in italics as a quotation', () => {
    const quote = blockWith(docs.aiEthics, 'The human-centric approach to AI strives to ensure');
    expect(quote.kind).toBe('quote');
    expect(noteCalls(quote)).toEqual(['7']);
  });

  it('collects thirty endnotes and seven main references', () => {
    expect(notes(docs.aiEthics).map((n) => n.note?.label)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    expect(notes(docs.aiEthics)[12]!.text).toBe('See OECD, above at p. 93.');
    expect(docs.aiEthics.references).toHaveLength(7);
    expect(docs.aiEthics.references[0]).toMatchObject({
      text: 'Boucher P., How artificial intelligence works, briefing, EPRS, March 2019.',
      authors: ['Boucher P.'],
      title: 'How artificial intelligence works',
      publisher: 'EPRS',
      year: 2019,
      group: null
    });
    expect(docs.aiEthics.references[5]).toMatchObject({
      authors: [],
      title: 'A governance framework for algorithmic accountability and transparency',
      publisher: 'Scientific Foresight Unit (STOA), EPRS',
      year: 2019
    });
  });
});

describe('03 "What if" at a glance: no summary, no list, an image credit and a closing blurb', () => {
  it('reads the opening text as a section under the title, then the two headings', () => {
    expect(outline(docs.generativeAi)).toEqual([
      'What if generative artificial intelligence became conscious?',
      'Potential impacts and developments',
      'Anticipatory policymaking'
    ]);
    expect(docs.generativeAi.inThisBriefing).toEqual([]);
    expect(kinds(blocksOf(docs.generativeAi, 'What if generative artificial intelligence became conscious?'))).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'credit'
    ]);
    expect(blockWith(docs.generativeAi, 'Adobe Stock').text).toBe('© Diana Vyshniakova / Adobe Stock');
  });

  it('keeps the "What-ifs are…" blurb and the contact lines as back matter, and reads the metadata they give', () => {
    const back = docs.generativeAi.blocks.filter((b) => b.kind === 'back-matter');
    expect(back[0]!.text).toMatch(/^What-ifs are two-page-long publications about new or emerging technologies/);
    expect(back[0]!.text).toMatch(/© European Union, 2023\.$/);
    expect(back.slice(1).map((b) => b.text)).toEqual([
      'stoa@ep.europa.eu (contact)',
      'http://www.europarl.europa.eu/stoa',
      'http://www.europarl.europa.eu/thinktank (internet)',
      'http://epthinktank.eu (blog)'
    ]);
    expect(docs.generativeAi.metadata).toMatchObject({
      documentType: 'At a glance',
      publisher: 'European Parliamentary Research Service',
      series: 'STOA',
      year: 2023,
      peNumber: null
    });
  });
});

describe('04 in-depth analysis: front matter, contents, chapters, bylines, footnotes and reference lists', () => {
  it('reads the metadata from the front matter', () => {
    expect(docs.fearAi.metadata).toEqual({
      title: 'Should we fear artificial intelligence?',
      subtitle: null,
      documentType: 'In-depth Analysis',
      publisher: 'European Parliamentary Research Service',
      series: 'STOA',
      language: 'en',
      year: 2018,
      date: '2018-03',
      authors: [
        { family: 'Bentley', given: 'Peter J.' },
        { family: 'Brundage', given: 'Miles' },
        { family: 'Häggström', given: 'Olle' },
        { family: 'Metzinger', given: 'Thomas' }
      ],
      peNumber: 'PE 614.547',
      url: 'https://doi.org/10.2861/412165',
      sourceFormat: 'text',
      pages: null
    });
  });

  it('builds the chapter tree from the table of contents and the headings inside each chapter', () => {
    expect(outline(docs.fearAi)).toEqual([
      '1. Foreword',
      '2. Introduction',
      '3. The Three Laws of Artificial Intelligence: Dispelling Common Myths',
      '  Introduction',
      '  Debunking Myths',
      '    Myth 1: A self-modifying AI will make itself super-intelligent.',
      '    Myth 2: With enough resources (neurons/computers/memory) an AI will be more intelligent than humans.',
      // A guess: the "Myth N" series sits one level below the plain heading before each member,
      // which is right for the "Recommendation N" series of chapter 6 but probably puts Myth 3
      // one level too deep here (the print does not say).
      '  Why can’t we use maths to make AIs?',
      '    Myth 3: As the speed of computers doubles every 18 months, AIs will exploit this computing power and grow exponentially cleverer.',
      '  Conclusions',
      '  References [references]',
      '4. Scaling Up Humanity: The Case for Conditional Optimism about Artificial Intelligence',
      '  Introduction',
      '  Characteristics of AI',
      '  Conditions for success',
      '  Reasons for optimism: Task expedition, improved coordination and leisure society',
      '    Task expedition',
      '    Improved coordination',
      '    Leisure society',
      '  Conclusion: Scalable AI for scaling up prosperity and human civilisation',
      '  Acknowledgments',
      '  References [references]',
      '5. Remarks on Artificial Intelligence and Rational Optimism',
      '  Introduction',
      '  Optimism',
      '  Artificial intelligence',
      '  Risk from superintelligence',
      '  When (if ever) can we expect superintelligence?',
      '  What will a superintelligent AI decide to do?',
      '  Should we shut up about this?',
      '  Conclusion and further reading',
      '  Acknowledgement',
      '  References [references]',
      '6. Towards a Global Artificial Intelligence Charter',
      '  Introduction',
      '  The “race-to-the-bottom” problem',
      '    Recommendation 1',
      '    Recommendation 2',
      '    Recommendation 3',
      '  Prevention of an AI arms race',
      '    Recommendation 4',
      '    Recommendation 5',
      '    Recommendation 6',
      '  A moratorium on synthetic phenomenology',
      '    Recommendation 7',
      '    Recommendation 8',
      '    Recommendation 9',
      '  Dangers to social cohesion',
      '    Recommendation 10',
      '    Recommendation 11',
      '    Recommendation 12',
      '  Research ethics',
      '    Recommendation 13',
      '    Recommendation 14',
      '  Meta-governance and the pacing gap',
      '    Recommendation 15',
      '  Conclusion',
      '  References [references]'
    ]);
  });

  it('drops the table of contents from the text and keeps the imprint and back cover as back matter', () => {
    expect(docs.fearAi.blocks.some((b) => /\.{4,}/.test(b.text) || b.text === 'Table of contents')).toBe(false);
    const back = docs.fearAi.blocks.filter((b) => b.kind === 'back-matter').map((b) => b.text);
    expect(back.slice(0, 4)).toEqual(['In-depth Analysis', 'March 2018', 'PE 614.547', 'AUTHORS']);
    expect(back).toContain('ISBN 978-92-846-2676-2');
    expect(back.slice(-2)).toEqual([
      'Steven Pinker',
      'Johnstone Professor of Psychology, Harvard University, and author of Enlightenment Now: The Case for Reason, Science, Humanism, and Progress.'
    ]);
    expect(docs.fearAi.blocks.filter((b) => b.kind === 'back-matter').every((b) => b.sectionId === null)).toBe(true);
  });

  it('reads the author line under each chapter heading as a byline', () => {
    const bylines = docs.fearAi.blocks.filter((b) => b.kind === 'byline');
    expect(bylines.map((b) => [b.text, docs.fearAi.sections.find((s) => s.id === b.sectionId)?.title.slice(0, 2)])).toEqual([
      ['María Teresa Giménez Barbat, MEP', '1.'],
      ['Philip Boucher', '2.'],
      ['Peter J. Bentley', '3.'],
      ['Miles Brundage', '4.'],
      ['Olle Häggström', '5.'],
      ['Thomas Metzinger', '6.']
    ]);
  });

  it("makes each chapter's reference list a references section of reference blocks, grouped by chapter", () => {
    const sections = docs.fearAi.sections.filter((s) => s.kind === 'references');
    expect(sections.map((s) => docs.fearAi.blocks.filter((b) => b.sectionId === s.id && b.kind === 'reference').length)).toEqual([20, 14, 22, 15]);
    const groups = [...new Set(docs.fearAi.references.map((r) => r.group))];
    expect(groups).toEqual([
      '3. The Three Laws of Artificial Intelligence: Dispelling Common Myths',
      '4. Scaling Up Humanity: The Case for Conditional Optimism about Artificial Intelligence',
      '5. Remarks on Artificial Intelligence and Rational Optimism',
      '6. Towards a Global Artificial Intelligence Charter'
    ]);
    expect(docs.fearAi.references.find((r) => r.text.startsWith('Bostrom, N. (2014)'))).toMatchObject({
      authors: ['Bostrom, N.'],
      title: 'Superintelligence: Paths, Dangers, Strategies',
      publisher: 'Oxford University Press, Oxford',
      year: 2014
    });
    expect(docs.fearAi.references.find((r) => r.text.startsWith('Baum, Seth'))).toMatchObject({
      authors: ['Baum, Seth'],
      title: 'A Survey of Artificial General Intelligence Projects for Ethics, Risk, and Policy',
      year: 2017
    });
    expect(docs.fearAi.references.find((r) => r.text.startsWith('Armstrong, S., Sandberg, A.'))?.authors).toEqual([
      'Armstrong, S.',
      'Sandberg, A.',
      'Bostrom, N.'
    ]);
  });

  it('collects the footnotes printed at page bottoms and rejoins the paragraphs they interrupted', () => {
    expect(notes(docs.fearAi).map((n) => n.note?.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(notes(docs.fearAi)[4]!.text).toBe('See Metzinger 2013, 2017.');
    expect(blockWith(docs.fearAi, 'The time has come to put aside the nonsense and focus on reality').kind).toBe('paragraph');
    expect(blockWith(docs.fearAi, 'to the individual citizens whose behaviour is controlled in this way.').kind).toBe('paragraph');
    expect(docs.fearAi.blocks.flatMap(noteCalls)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('keeps a superscript the converter mistook for a note call as plain text', () => {
    const block = blockWith(docs.fearAi, 'poverty, CO2 levels, conflict');
    expect(noteCalls(block)).toEqual([]);
  });

  it('reads numbered and bracketed items as ordered list items', () => {
    expect(blockWith(docs.fearAi, 'Expensive precautions can be worth the cost')).toMatchObject({ kind: 'list-item', list: { ordered: true, marker: '1.' } });
    expect(blockWith(docs.fearAi, 'Can AI development be expected to eventually reach')).toMatchObject({
      kind: 'list-item',
      list: { ordered: true, marker: '(1)' }
    });
  });

  it('reads headings that end with a period and the italic key messages', () => {
    expect(docs.fearAi.sections.map((s) => s.title)).toContain('Myth 1: A self-modifying AI will make itself super-intelligent.');
    expect(blockWith(docs.fearAi, 'The first law of AI tells us that artificial intelligence is a tremendously difficult goal').kind).toBe('quote');
  });
});
