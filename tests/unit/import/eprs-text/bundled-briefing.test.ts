import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../../../src/shared/types';
import { BUNDLED_BRIEFING } from '../../../helpers/temp-library';
import { blocksOf, blockWith, importDocument, linksOf, outline, STRAY_MARKUP } from './fixtures';

let doc: BriefingDocument;
beforeAll(() => {
  doc = importDocument(BUNDLED_BRIEFING);
});

const POLITICAL = 'Political and security issues in Andean Community countries: Bolivia, Colombia, Ecuador and Peru';
const OUTLOOK = "Outlook: El Salvador's war on drugs to become a template?";

describe('importing the bundled briefing (Combating drug trafficking in the Andean region)', () => {
  it('reads the title and the metadata the file gives, and leaves the rest empty', () => {
    expect(doc.metadata).toEqual({
      title: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
      subtitle: null,
      documentType: 'Briefing',
      publisher: 'European Parliamentary Research Service',
      series: null,
      language: 'en',
      year: 2024,
      date: null,
      authors: [],
      peNumber: null,
      url: null,
      sourceFormat: 'text',
      pages: null
    });
    expect(doc.warnings).toEqual([]);
  });

  it('keeps the "IN THIS BRIEFING" list as printed', () => {
    expect(doc.inThisBriefing).toEqual([
      'Introduction',
      'International dimension of EU strategy on drug trafficking and organised crime',
      'EU-CELAC cooperation on drug-related issues',
      POLITICAL,
      OUTLOOK
    ]);
  });

  it('builds the section tree in reading order: the summary, the listed sections, and the four countries under the political section', () => {
    expect(outline(doc)).toEqual([
      'Summary [summary]',
      'Introduction',
      'International dimension of EU strategy on drug trafficking and organised crime',
      'EU-CELAC cooperation on drug-related issues',
      POLITICAL,
      '  Bolivia',
      '  Colombia',
      '  Ecuador',
      '  Peru',
      OUTLOOK
    ]);
  });

  it('puts the five summary paragraphs in the summary section, before the body', () => {
    const summary = blocksOf(doc, 'Summary');
    expect(summary.map((b) => b.kind)).toEqual(['summary', 'summary', 'summary', 'summary', 'summary']);
    expect(summary[0]!.text).toMatch(/^The global supply of cocaine is at record levels: in just six years/);
    expect(summary[4]!.text).toBe(
      'Cooperation on illegal drug-related issues has become a priority for the strategic partnership between the EU and the Community of Latin America and Caribbean states (CELAC).'
    );
    expect(doc.blocks.slice(0, 5)).toEqual(summary);
  });

  it.each([
    ['legislative projects. In', 'December 2023, the Constitutional Court of Bolivia'],
    ['earmarked €50 million for the fight', 'against illicit drugs and control of surplus coca cultivation.'],
    ['reconfirmed this focus on a holistic', 'approach to reducing narcotics and bolstering rural prosperity'],
    ['his rival and an ally of', 'former president Rafael Correa in the 15 October 2023 runoff.'],
    ['According to HR/VP Borrell, the EU', 'is planning to mobilise new funds for 2024'],
    ['Moreover, analysts point out', 'that Latin Americans are increasingly willing to sacrifice democracy']
  ])('joins the paragraph a page break split after "…%s"', (end, start) => {
    const joined = blockWith(doc, `${end} ${start}`);
    expect(joined.kind).toBe('paragraph');
    expect(doc.blocks.filter((b) => b.text.startsWith(start.split(' ').slice(0, 3).join(' ')))).toEqual([]);
  });

  it('leaves no paragraph cut in the middle of a sentence', () => {
    const prose = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'summary');
    expect(prose).toHaveLength(56);
    for (const block of prose) expect(block.text, block.text.slice(-60)).toMatch(/[.!?:]['’”)]*$/);
  });

  it('joins nothing that is really two paragraphs', () => {
    const introduction = blocksOf(doc, 'Introduction');
    expect(introduction[0]!.text).toMatch(/more than 45 armed conflicts ongoing today\.$/);
    expect(introduction[1]!.text).toMatch(/^Nevertheless, this peaceful picture is only one side of the coin\./);
    const bolivia = blocksOf(doc, 'Bolivia');
    expect(bolivia.map((b) => b.text.slice(0, 30))).toEqual([
      'After the presidential electio',
      'Figure 2 – Main cocaine traffi',
      'Source: The Economist, 2022.',
      'In recent years, Bolivia has t',
      'The Comprehensive Policy Counc',
      "The EU is Bolivia's largest do",
      'On 22 February 2024, the 24th '
    ]);
  });

  it('reads the bullet list as list items, separate from the sentence that introduces it', () => {
    const section = blocksOf(doc, 'EU-CELAC cooperation on drug-related issues');
    const intro = section.findIndex((b) => b.text.endsWith('for example:'));
    expect(section[intro]!.kind).toBe('paragraph');
    const items = section.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual([
      'EL PAcCTO;',
      'the Cooperation Programme on Drugs Policies (COPOLAD);',
      'EUROFRONT;',
      'the Global Illicit Flows Programme (GIFP);',
      'the European Multidisciplinary Platform Against Criminal Threats (EMPACT);',
      'the European Monitoring Centre for Drugs and Drug Addiction (EMCDDA);',
      'Europol; and',
      'Eurojust.'
    ]);
    expect(items.every((b) => b.list?.ordered === false)).toBe(true);
    expect(section.indexOf(items[0]!)).toBe(intro + 1);
  });

  it('reads both figures with their number, caption and source, each as a caption block and a source block', () => {
    expect(doc.figures.map(({ number, caption, source }) => ({ number, caption, source }))).toEqual([
      { number: '1', caption: 'Cocaine cultivated and seized in Bolivia, Colombia and Peru', source: 'UNODC.' },
      { number: '2', caption: 'Main cocaine trafficking routes, 2016-2020', source: 'The Economist, 2022.' }
    ]);
    const byId = new Map(doc.blocks.map((b) => [b.id, b]));
    for (const figure of doc.figures) {
      expect(byId.get(figure.blockId)).toMatchObject({ kind: 'figure', text: `Figure ${figure.number} – ${figure.caption}` });
      expect(byId.get(figure.sourceBlockId!)).toMatchObject({ kind: 'figure-source', text: `Source: ${figure.source}` });
    }
    expect(linksOf(byId.get(doc.figures[0]!.sourceBlockId!)!)).toEqual([{ text: 'UNODC', href: null }]);
    expect(blocksOf(doc, 'Introduction').find((b) => b.kind === 'figure')?.id).toBe(doc.figures[0]!.blockId);
  });

  it('keeps the words of links in the text, with no target when the file lost it and the address when it has one', () => {
    expect(linksOf(blockWith(doc, 'the Cenepa War between Ecuador and Peru'))).toEqual([
      { text: 'Cenepa War', href: null },
      { text: 'Geneva Academy of International Humanitarian Law and Human Rights', href: null }
    ]);
    expect(linksOf(blockWith(doc, '(blog)'))).toEqual([{ text: 'http://epthinktank.eu', href: 'http://epthinktank.eu' }]);
    expect(blockWith(doc, '(blog)').text).toBe('http://epthinktank.eu (blog)');
    const links = doc.blocks.flatMap(linksOf);
    expect(links).toHaveLength(166);
    expect(links.filter((l) => l.href !== null)).toEqual([{ text: 'http://epthinktank.eu', href: 'http://epthinktank.eu' }]);
  });

  it('reads the four main references as structured entries outside any section', () => {
    expect(doc.references.map(({ authors, title, publisher, year, group }) => ({ authors, title, publisher, year, group }))).toEqual([
      { authors: ['Gómez Ramírez E.'], title: 'EU security cooperation with Latin America', publisher: 'EPRS, European Parliament', year: 2017, group: null },
      { authors: ['Jütten M.'], title: 'Latin America outlook: Issues to watch in 2024', publisher: 'EPRS, European Parliament', year: 2024, group: null },
      { authors: ['UNODC'], title: 'World Drug Report 2023', publisher: 'United Nations publication', year: 2023, group: null },
      {
        authors: ['UNODC'],
        title: 'Global report on Cocaine 2023 – Local dynamics, global challenges',
        publisher: 'United Nations Publications',
        year: 2023,
        group: null
      }
    ]);
    const blocks = doc.blocks.filter((b) => b.kind === 'reference');
    expect(blocks.map((b) => b.id)).toEqual(doc.references.map((r) => r.blockId));
    expect(blocks.every((b) => b.sectionId === null)).toBe(true);
    expect(blocks[0]!.text).toBe('Gómez Ramírez E., EU security cooperation with Latin America, EPRS, European Parliament, 2017.');
  });

  it('keeps the disclaimer, copyright, photo credit and contact lines as back matter, not as sections', () => {
    const back = doc.blocks.filter((b) => b.kind === 'back-matter');
    expect(back.map((b) => b.text.slice(0, 50))).toEqual([
      'DISCLAIMER AND COPYRIGHT',
      'This document is prepared for, and addressed to, t',
      'Reproduction and translation for non-commercial pu',
      '© European Union, 2024.',
      'Photo credits: © michal812 / Adobe Stock.',
      'eprs@ep.europa.eu (contact)',
      'www.eprs.ep.parl.union.eu (intranet)',
      'www.europarl.europa.eu/thinktank (internet)',
      'http://epthinktank.eu (blog)'
    ]);
    expect(back.every((b) => b.sectionId === null)).toBe(true);
    expect(doc.blocks.slice(-back.length)).toEqual(back);
    expect(doc.sections.map((s) => s.title)).not.toContain('DISCLAIMER AND COPYRIGHT');
  });

  it('stores the text as a reader should see it: NFC, diacritics kept, escapes resolved, no markup left', () => {
    const text = doc.blocks.map((b) => b.text).join('\n\n');
    for (const name of ['Macías', 'Vălean', 'Espíndola', 'Bogotá']) expect(text).toContain(name);
    expect(text).toContain('raising security spending by US$214 million in 2024');
    expect(text).toContain('(Sembrando Vida)');
    for (const block of doc.blocks) {
      expect(block.text).toBe(block.text.normalize('NFC'));
      expect(block.text.trim()).toBe(block.text);
      expect(block.text, block.text.slice(0, 60)).not.toMatch(STRAY_MARKUP);
    }
    expect(blockWith(doc, '(Sembrando Vida)').spans).toContainEqual(expect.objectContaining({ kind: 'emphasis' }));
  });
});
