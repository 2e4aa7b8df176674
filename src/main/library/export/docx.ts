/**
 * Notes as a Word document (written by `docx`): per briefing its title, byline and reference-list
 * entry; per highlight the quotation set off with a bar in its colour, the citation linked to the
 * passage in Briefing Reader, the note with its Markdown formatting, and the tags.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { RichText } from '../cite/rich-text';
import { authorNames, groupNotes, HIGHLIGHT_HEX, type NoteEntry, type NotesBriefing, type NotesBundle } from './bundle';
import { blockParagraphs } from './docx-note';
import { parseNote } from './note-markdown';

const QUOTATION_STYLE = 'Quotation';
const META_COLOUR = '555555';

/** Citation runs as Word runs, italics and bold kept. */
function richRuns(runs: RichText, options: { color?: string } = {}): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        italics: r.italic,
        bold: r.bold,
        smallCaps: r.smallCaps,
        superScript: r.position === 'sup',
        subScript: r.position === 'sub',
        ...(options.color ? { color: options.color } : {})
      })
  );
}

function link(url: string, children: TextRun[]): ParagraphChild {
  return new ExternalHyperlink({ link: url, children });
}

function entry(note: NoteEntry): Paragraph[] {
  const bar = { left: { style: BorderStyle.SINGLE, size: 24, color: HIGHLIGHT_HEX[note.color], space: 8 } };
  const quote = note.quote
    .split(/\n\s*\n/)
    .map((p) => new Paragraph({ style: QUOTATION_STYLE, border: bar, children: [new TextRun(p.replace(/\s+/g, ' ').trim())] }));
  const caption: ParagraphChild[] = [link(note.deepLink, richRuns(note.citation, { color: '1F4E8C' }))];
  if (note.status !== 'exact') {
    caption.push(
      new TextRun({ text: note.status === 'orphan' ? '  (no longer in the text)' : '  (found again approximately)', italics: true, color: META_COLOUR })
    );
  }
  const paragraphs = [...quote, new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: caption })];
  if (note.note.trim() !== '') paragraphs.push(...blockParagraphs(parseNote(note.note, 3).children));
  if (note.tags.length > 0) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: note.tags.map((t) => `#${t}`).join('  '), color: META_COLOUR, size: 18 })] }));
  }
  return paragraphs;
}

function briefingParagraphs(briefing: NotesBriefing, single: boolean): Paragraph[] {
  const m = briefing.metadata;
  const byline = [authorNames(m).join(', '), m.date ?? (m.year ? String(m.year) : ''), m.peNumber ?? ''].filter((s) => s !== '').join(' · ');
  const paragraphs = [
    new Paragraph({ heading: single ? HeadingLevel.TITLE : HeadingLevel.HEADING_1, children: [new TextRun(m.title)] }),
    ...(byline ? [new Paragraph({ children: [new TextRun({ text: byline, color: META_COLOUR })] })] : []),
    new Paragraph({
      spacing: { after: 240 },
      indent: { left: 567, hanging: 567 },
      children: [
        ...richRuns(briefing.reference),
        new TextRun(' '),
        link(briefing.deepLink, [new TextRun({ text: 'Open in Briefing Reader', style: 'Hyperlink' })])
      ]
    })
  ];
  if (briefing.notes.length === 0) paragraphs.push(new Paragraph({ children: [new TextRun({ text: 'No highlights or notes yet.', italics: true })] }));
  for (const group of groupNotes(briefing.notes)) {
    paragraphs.push(
      new Paragraph({ heading: single ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(group.heading ?? 'Notes and references')] })
    );
    for (const note of group.notes) paragraphs.push(...entry(note));
  }
  return paragraphs;
}

/** The bundle as a .docx file's bytes. */
export async function buildDocx(bundle: NotesBundle): Promise<Uint8Array> {
  const single = bundle.briefings.length === 1;
  const document = new Document({
    creator: 'Briefing Reader',
    title: bundle.title,
    description: `Notes exported from Briefing Reader on ${bundle.generated.slice(0, 10)}; citations in ${bundle.styleName}.`,
    styles: {
      default: { document: { run: { font: 'Georgia', size: 22 } } },
      paragraphStyles: [
        {
          id: QUOTATION_STYLE,
          name: 'Quotation',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: 567 }, spacing: { before: 240, after: 60 } }
        }
      ]
    },
    sections: [
      {
        children: [
          ...(single ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(bundle.title)] })]),
          ...bundle.briefings.flatMap((b) => briefingParagraphs(b, single))
        ]
      }
    ]
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
