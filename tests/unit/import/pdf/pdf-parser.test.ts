/**
 * The PDF importer on three real publications (tests/fixtures/pdf, see its README for sources and
 * reuse terms) and on small bad PDFs made in the test. Expected values come from reading the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedBriefing } from '../../../../src/main/library/model';
import { createHandlers } from '../../../../src/main/api/handlers';
import { cite } from '../../../../src/main/library/cite/service';
import { isPdf, parsePdf } from '../../../../src/main/library/import/pdf/parser';
import { makePdf } from '../../../helpers/make-pdf';
import { REPO, tempLibrary } from '../../../helpers/temp-library';

const FIXTURES = path.join(REPO, 'tests/fixtures/pdf');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const parse = (name: string) => parsePdf(read(name), name);
const fullText = (p: ParsedBriefing) => p.blocks.map((b) => b.text).join('\n');
const blockWith = (p: ParsedBriefing, words: string) => p.blocks.find((b) => b.text.includes(words));

describe('parsePdf on the EPRS briefing "Artificial intelligence act"', () => {
  let pdf: ParsedBriefing;
  beforeAll(async () => {
    pdf = await parse('eprs-bri-2024-artificial-intelligence-act.pdf');
  });

  it('reads the metadata from the first page and the PDF', () => {
    expect(pdf.metadata).toMatchObject({
      title: 'Artificial intelligence act',
      documentType: 'Briefing',
      series: 'EU Legislation in Progress',
      publisher: 'European Parliamentary Research Service',
      authors: [{ family: 'Madiega', given: 'Tambiama' }],
      date: '2024-03',
      year: 2024,
      peNumber: 'PE 698.792',
      language: 'en',
      sourceFormat: 'pdf',
      pages: 12
    });
  });

  it('finds every heading with its level from the type scale, in order', () => {
    expect(pdf.sections.map((s) => [s.level, s.title])).toEqual([
      [1, 'Summary'],
      [1, 'Introduction'],
      [1, 'The changes the proposal would bring'],
      [1, 'Advisory committees'],
      [1, 'National parliaments'],
      [1, 'Stakeholder views'],
      [1, 'Academic and other views'],
      [2, 'AI systems definition'],
      [2, 'Risk-based approach'],
      [2, 'Governance structure and enforcement and redress mechanisms'],
      [1, 'Legislative process'],
      [2, 'Definitions'],
      [2, 'Scope of application'],
      [2, 'Risk-based approach'],
      [2, 'Sandboxing and real-world testing'],
      [2, 'Enforcement and institutional setting'],
      [2, "'Entry into force' timelines"]
    ]);
    expect(pdf.sections.find((s) => s.title === 'Legislative process')?.page).toBe(6);
    expect(pdf.sections.find((s) => s.title === 'Definitions')?.parent).toBe(pdf.sections.findIndex((s) => s.title === 'Legislative process'));
  });

  it('keeps the overview as the summary', () => {
    expect(pdf.sections[0]).toMatchObject({ kind: 'summary', page: 1 });
    expect(blockWith(pdf, 'European Union lawmakers reached a political agreement')).toMatchObject({ kind: 'summary', section: 0, page: 1 });
  });

  it('joins a sentence split by a page break into one block on the page it starts', () => {
    const block = blockWith(pdf, 'Administrative fines of varying scales (up to €30 million');
    expect(block).toMatchObject({ kind: 'paragraph', page: 3 });
  });

  it('keeps 25 endnotes, each attached to its call mark', () => {
    const notes = pdf.blocks.filter((b) => b.kind === 'note');
    expect(notes.map((n) => n.note?.label)).toEqual(Array.from({ length: 25 }, (_, k) => String(k + 1)));
    expect(notes[0]).toMatchObject({ page: 11, text: expect.stringMatching(/^See European Commission, Proposal for a regulation/) });
    // Note 6 is called from the heading "Stakeholder views", whose title keeps no call mark.
    const calls = pdf.blocks.flatMap((b) => b.spans.filter((s) => s.kind === 'note-ref').map((s) => (s.kind === 'note-ref' ? s.label : '')));
    expect(new Set(calls)).toEqual(new Set(notes.map((n) => n.note!.label).filter((label) => label !== '6')));
    const call = blockWith(pdf, 'personalising services.')!;
    const span = call.spans.find((s) => s.kind === 'note-ref')!;
    expect(call.text.slice(span.start, span.end)).toBe('1');
  });

  it('reads the unnumbered figure with its source, the two reference lists and the back matter', () => {
    expect(pdf.figures).toEqual([expect.objectContaining({ number: '', caption: 'EU AI act risk-based approach', source: 'European Commission' })]);
    expect(pdf.references.map((r) => r.group)).toEqual([...Array(8).fill('EUROPEAN PARLIAMENT SUPPORTING ANALYSIS'), ...Array(3).fill('OTHER SOURCES')]);
    expect(pdf.references[0]!.text).toBe('AI Repository, EPRS, STOA Centre for Artificial Intelligence (C4AI), October 2023.');
    expect(blockWith(pdf, '© European Union, 2024.')?.kind).toBe('back-matter');
  });

  it('removes the running heads and page numbers, and keeps compound hyphens', () => {
    const body = pdf.blocks
      .filter((b) => b.section !== null)
      .map((b) => b.text)
      .join('\n');
    expect(body).not.toContain('EPRS | European Parliamentary Research Service');
    expect(pdf.blocks.filter((b) => b.text === 'Artificial intelligence act' || /^\d+$/.test(b.text))).toEqual([]);
    expect(fullText(pdf)).toContain("develop a 'human-centric' approach to AI");
  });
});

describe('parsePdf on the EPRS briefing "Brazilian democracy in the aftermath of 8 January"', () => {
  let pdf: ParsedBriefing;
  beforeAll(async () => {
    pdf = await parse('eprs-bri-2023-brazilian-democracy-after-8-january.pdf');
  });

  it('reads title, authors, date, number and page count', () => {
    expect(pdf.metadata).toMatchObject({
      title: 'Brazilian democracy in the aftermath of 8 January',
      subtitle: null,
      documentType: 'Briefing',
      authors: [
        { family: 'Delivorias', given: 'Angelos' },
        { family: 'Lazarou', given: 'Elena' }
      ],
      date: '2023-02',
      peNumber: 'PE 739.354',
      pages: 5
    });
  });

  it('keeps the "In this briefing" box as that list, not as headings', () => {
    expect(pdf.inThisBriefing).toEqual(['Introduction', 'Challenges to democracy in a polarised country', 'Outlook', 'EU and European Parliament response']);
    expect(pdf.sections.map((s) => [s.level, s.title, s.page])).toEqual([
      [1, 'Summary', 1],
      [1, 'Introduction', 2],
      [1, 'Challenges to democracy in a polarised country', 2],
      [1, 'Outlook', 3],
      [1, 'EU and European Parliament response', 4]
    ]);
  });

  it('reads the figure wrapped in text on page 3 with its source, and the side box as a box', () => {
    expect(pdf.figures).toEqual([
      expect.objectContaining({ number: '1', caption: 'Brazilian public opinion: Democracy vs dictatorship (2017-2022)', source: 'Folha de Sao Paulo, 2022.' })
    ]);
    expect(blockWith(pdf, 'Disinformation is a key threat to social trust and democracy.')).toMatchObject({ box: 1, page: 3 });
    expect(blockWith(pdf, 'The parallel with the US experience of 6 January 2021 can also be detected in the manipulation')?.page).toBe(3);
  });

  it('has no notes, and no running head left in the text', () => {
    expect(pdf.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(pdf.blocks.filter((b) => b.section !== null && /European Parliamentary Research Service|^\d+$/.test(b.text))).toEqual([]);
  });
});

describe('parsePdf on the UNODC research brief', () => {
  let pdf: ParsedBriefing;
  beforeAll(async () => {
    pdf = await parse('unodc-data-matters-2021-global-prison-population.pdf');
  });

  it('reads title, subtitle, publisher, year and page count', () => {
    expect(pdf.metadata).toMatchObject({
      title: 'Nearly twelve million people imprisoned globally',
      subtitle: 'Nearly one-third unsentenced, with prisons overcrowded in half of all countries',
      publisher: 'United Nations Office on Drugs and Crime',
      year: 2021,
      peNumber: null,
      pages: 19
    });
  });

  it('reads the numbered headings in their own font, the key findings as the summary, 20 figures and 26 footnotes', () => {
    const numbered = pdf.sections.filter((s) => /^\d\./.test(s.title)).map((s) => [s.level, s.title, s.page]);
    expect(numbered).toEqual([
      [1, '1. Prison population, global trends', 5],
      [1, '2. Prison overcrowding, a long-standing and universal challenge', 8],
      [1, '3. Pre-trial detention, a challenge for access to justice', 10],
      [1, '4. Policy Implications', 12]
    ]);
    expect(pdf.sections.find((s) => s.kind === 'summary')?.page).toBe(3);
    expect(pdf.figures.map((f) => f.number)).toEqual(Array.from({ length: 20 }, (_, k) => String(k + 1)));
    expect(pdf.figures[0]).toMatchObject({ caption: 'Global prison population by regions (2000, 2010 & 2019)', source: 'UN-CTS' });
    expect(pdf.blocks.filter((b) => b.kind === 'note')).toHaveLength(26);
  });

  it('leaves out the numbers drawn inside the charts', () => {
    expect(pdf.blocks.filter((b) => /^[\d\s.,%]+$/.test(b.text))).toEqual([]);
    expect(fullText(pdf)).not.toContain('Number of prisoners (millions)');
  });

  it('leaves out the infographic of the key findings: lettering along a curve and numerals without characters', () => {
    // Page 3 sets "Total persons in prison at the end of 2019" one letter at a time around a
    // circle, and "11.7 million" in a font whose digits map to no characters.
    const summary = pdf.blocks.filter((b) => b.page === 3).map((b) => b.text);
    expect(summary.filter((text) => /[\p{Cc}\ufffd]/u.test(text))).toEqual([]);
    expect(summary.filter((text) => /^\w{1,2}( \w{1,3})*$/.test(text))).toEqual([]);
    expect(summary).toContain('Since 2000, the population held in prison has increased by more than 25%.');
  });
});

describe('the PDF importer on bad input', () => {
  it('recognises a PDF by its signature, not its name', () => {
    expect(isPdf(makePdf({ pages: [['x']] }))).toBe(true);
    expect(isPdf(new TextEncoder().encode('<!doctype html><title>%PDF</title>'))).toBe(false);
  });

  it('refuses a scan without a text layer, saying so', async () => {
    await expect(parsePdf(makePdf({ pages: [[], []] }), 'scan.pdf')).rejects.toThrow(
      'Import: "scan.pdf" has no text layer (it looks like a scanned document; text recognition is not supported yet)'
    );
  });

  it('refuses a password-protected PDF, saying so', async () => {
    await expect(parsePdf(makePdf({ pages: [['Secret text in the file.']], encrypted: true }), 'locked.pdf')).rejects.toThrow(
      'Import: "locked.pdf" is protected by a password and cannot be read'
    );
  });

  it.each([
    ['cut after its header', 9],
    ['cut in the middle', 150_000]
  ])('refuses a truncated PDF (%s)', async (_what, length) => {
    await expect(parsePdf(read('eprs-bri-2023-brazilian-democracy-after-8-january.pdf').subarray(0, length), 'cut.pdf')).rejects.toThrow(
      'Import: "cut.pdf" is not a valid PDF (it is damaged or truncated)'
    );
  });

  it('refuses a page of an absurd size', async () => {
    await expect(parsePdf(makePdf({ pages: [['Text on a page as large as a field.']], size: [100_000, 100_000] }), 'huge.pdf')).rejects.toThrow(
      'Import: "huge.pdf" has a page of an impossible size (page 1: 100000 × 100000 points)'
    );
  });

  it('imports the text of a PDF with an opening script and never runs the script', async () => {
    const marker = '__pdfScriptRan';
    const pdf = await parsePdf(makePdf({ pages: [['Text beside a script in this file.']], openActionScript: `globalThis.${marker} = true` }), 'script.pdf');
    expect(pdf.blocks.map((b) => b.text)).toContain('Text beside a script in this file.');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('leaves the library unchanged when a PDF is refused, with a one-line outcome', async () => {
    const { library, dataDir } = tempLibrary();
    const file = path.join(dataDir, 'locked.pdf');
    fs.writeFileSync(file, makePdf({ pages: [['Secret']], encrypted: true }));
    const empty = path.join(dataDir, 'empty.pdf');
    fs.writeFileSync(empty, '');
    expect(await library.importFiles([file, empty])).toEqual([
      { file, error: 'Import: "locked.pdf" is protected by a password and cannot be read' },
      { file: empty, error: 'Import: "empty.pdf" is empty' }
    ]);
    expect(library.list()).toEqual([]);
  });
});

describe('importing a PDF into the library', () => {
  it('stores pages, the source format and the original file, and updates an edition from a PDF', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([path.join(FIXTURES, 'eprs-bri-2023-brazilian-democracy-after-8-january.pdf')]);
    const id = (outcome as { id: string }).id;
    const doc = library.get(id);
    expect(doc.metadata).toMatchObject({ sourceFormat: 'pdf', pages: 5 });
    expect(doc.sections.map((s) => s.page)).toEqual([1, 2, 2, 3, 4]);
    expect(doc.blocks.every((b) => typeof b.page === 'number')).toBe(true);
    expect(library.originalFile(id)).toMatchObject({ name: 'eprs-bri-2023-brazilian-democracy-after-8-january.pdf', mediaType: 'application/pdf' });
    expect(library.originalFile(id).bytes).toEqual(read('eprs-bri-2023-brazilian-democracy-after-8-january.pdf'));

    const again = await library.importFiles([path.join(FIXTURES, 'eprs-bri-2023-brazilian-democracy-after-8-january.pdf')]);
    expect(again[0]).toMatchObject({ duplicateOf: id });

    const update = await library.updateFromBytes(id, read('eprs-bri-2024-artificial-intelligence-act.pdf'), 'ai-act.pdf');
    expect(update.id).toBe(id);
    expect(library.get(id).metadata).toMatchObject({ pages: 12, sourceFormat: 'pdf' });
    expect(library.originalFile(id).name).toBe('ai-act.pdf');
  });

  it('lists the notes of a briefing with their numbers and blocks', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([path.join(FIXTURES, 'eprs-bri-2024-artificial-intelligence-act.pdf')]);
    const doc = library.get((outcome as { id: string }).id);
    expect(doc.notes).toHaveLength(25);
    expect(doc.notes[24]).toMatchObject({ number: '25', text: expect.stringContaining('The EU and U.S. diverge on AI regulation') });
    expect(doc.blocks.find((b) => b.id === doc.notes[0]!.blockId)?.kind).toBe('note');
  });
});

describe('citing a passage of a PDF', () => {
  it('gives the page alongside the section in the in-text citation', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([path.join(FIXTURES, 'eprs-bri-2023-brazilian-democracy-after-8-january.pdf')]);
    const id = (outcome as { id: string }).id;
    const block = library.get(id).blocks.find((b) => b.text.startsWith('The parallel with the US experience'))!;
    expect(cite(library, { briefingId: id, blockId: block.id, style: 'apa' }).citation).toBe(
      '(Delivorias & Lazarou, 2023, p. 3, “Challenges to democracy” section, para. 3)'
    );
  });
});

describe('the getOriginalFile contract method', () => {
  it('returns the PDF a briefing was imported from, and refuses a text briefing in one line', async () => {
    const { library } = tempLibrary();
    const handlers = createHandlers({ library, version: '0.0.0-test', notifyLibraryChanged: () => undefined });
    const pdf = fs.readFileSync(path.join(FIXTURES, 'eprs-bri-2023-brazilian-democracy-after-8-january.pdf'));
    const [imported] = await handlers.importFiles({ files: [{ name: 'brazil.pdf', data: pdf.toString('base64') }] });
    const id = (imported as { id: string }).id;
    const file = await handlers.getOriginalFile({ id });
    expect(file).toMatchObject({ name: 'brazil.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(file.data, 'base64').equals(pdf)).toBe(true);
    const [text] = await library.importFiles([path.join(REPO, 'tests/fixtures/samples/01-red-sea.txt')]);
    const textId = (text as { id: string }).id;
    await expect(Promise.resolve().then(() => handlers.getOriginalFile({ id: textId }))).rejects.toThrow(
      `Library: briefing "${textId}" has no original file (only PDF imports keep one)`
    );
  });
});
