import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { collectNotes } from '../../../src/main/library/export/collect';
import { buildCsv } from '../../../src/main/library/export/csv';
import { annotatedBriefing, BOLIVIA_NOTE_EXPORTED, ECUADOR_NOTE, ECUADOR_QUOTE, FORMULA_NOTE } from './annotated-briefing';

const briefing = await annotatedBriefing();
afterAll(() => briefing.close());
const csv = buildCsv(collectNotes(briefing.library, { briefingId: briefing.id, style: 'apa' }));
const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('buildCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends its records with CRLF (RFC 4180)', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFBriefing,Briefing ID,Section,Paragraph,Quote,Note,Tags,Colour,Status,Created,Modified,Citation,Reference,Link,Annotation ID,Start,End'
    );
  });

  it('reads back with papaparse, one row per annotation, commas, quotation marks, line breaks and non-Latin text intact', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(4);
    const ecuador = parsed.data.find((r) => r['Annotation ID'] === briefing.annotations.ecuador.id)!;
    expect(ecuador).toMatchObject({
      Briefing: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
      'Briefing ID': briefing.id,
      Section: 'Introduction',
      Paragraph: '3',
      Quote: ECUADOR_QUOTE,
      Note: ECUADOR_NOTE,
      Tags: 'ecuador; violence',
      Colour: 'pink',
      Status: 'exact',
      Citation: '(Jütten, 2024, Introduction section, para. 3)',
      Start: String(briefing.annotations.ecuador.start),
      End: String(briefing.annotations.ecuador.end)
    });
    expect(ecuador.Reference).toMatch(/^Jütten, M\. \(2024\)\. EU cooperation/);
    expect(ecuador.Link).toBe(
      `briefing-reader://open?briefing=${briefing.id}&block=${briefing.annotations.ecuador.blockId}&start=${briefing.annotations.ecuador.start}&end=${briefing.annotations.ecuador.end}`
    );
    expect(parsed.data.find((r) => r['Annotation ID'] === briefing.annotations.bolivia.id)!.Note).toBe(BOLIVIA_NOTE_EXPORTED);
  });

  it('keeps a quote of two paragraphs in one cell', () => {
    const row = parsed.data.find((r) => r['Annotation ID'] === briefing.annotations.twoParagraphs.id)!;
    expect(row.Quote).toBe(briefing.twoParagraphsText.join('\n\n'));
  });

  it('defuses a cell that a spreadsheet would run as a formula', () => {
    const row = parsed.data.find((r) => r['Annotation ID'] === briefing.annotations.formula.id)!;
    expect(row.Note).toBe(`'${FORMULA_NOTE}`);
  });
});
