/**
 * The PDF importer: reads the positioned text of each page with pdf.js and recovers what a careful
 * reader sees. A pipeline of small steps, each in its own module: load (pdf.js, limits, refusals)
 * → lines (runs on one baseline, note calls) → furniture (running heads, page numbers) → figures
 * (chart text left out) → front (title, imprint) → paragraphs (lines joined, hyphenation undone)
 * → structure (headings, summary, boxes, figures, notes, references, back matter) → notes
 * (calls matched to notes), figure regions (where each figure is drawn) and metadata. Every block
 * and section keeps the page it starts on.
 */
import type { ParsedBlock, ParsedBriefing, ParsedFigure } from '../../model';
import { resolveNotes } from '../eprs-text/notes';
import { vocabulary } from './dehyphenate';
import { figureRegion } from './figure-regions';
import { dropFigureContents, SOURCE } from './figures';
import { readFront } from './front';
import { removeFurniture } from './furniture';
import { readLines, type Line } from './lines';
import { loadPdfText, type PageText } from './load';
import { readPdfMetadata } from './metadata';
import { groupParagraphs } from './paragraphs';
import { buildStructure, type Structure } from './structure';

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** PDF readers accept the signature anywhere in the first kilobyte, after stray bytes. */
const SIGNATURE_WINDOW = 1024;

/** The PDF importer as the registry knows it. */
export const pdfParser = {
  name: 'pdf',
  mediaType: 'application/pdf',
  sniff: isPdf,
  parse: parsePdf
};

/** Whether `bytes` start (within their first kilobyte) with the PDF signature. */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_SIGNATURE.length, SIGNATURE_WINDOW);
  for (let i = 0; i <= end; i++) {
    if (PDF_SIGNATURE.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedBriefing> {
  // Only a page with a source line can hold a figure with a region; only its drawings are read.
  const pdf = await loadPdfText(bytes, fileName, (page) => readLines(page).some((l) => SOURCE.test(l.text)));
  const allLines = pdf.pages.flatMap(readLines);
  const kept = removeFurniture(allLines, pdf.pages);
  const furniture = allLines.filter((l) => !kept.includes(l)).map((l) => l.text);
  const lines = dropFigureContents(kept);
  const { size: bodySize, font: bodyFont } = bodyType(lines);
  const front = readFront(lines, bodySize, pdf.pages[0]!.height);
  const words = vocabulary(lines.map((l) => l.text));
  const paragraphs = groupParagraphs(front.body);
  const structure = buildStructure(paragraphs, { bodySize, bodyFont, words }, front.title || 'Untitled');

  const withCalls = [...structure.body, ...structure.tail];
  const notes = resolveNotes(withCalls, structure.notes, { blockScope: withCalls.map(() => null), scopeName: String });
  notes.forEach((note, k) => (note.page = structure.notes.filter((n) => n.content.text.trim() !== '')[k]?.page));
  const imprint: ParsedBlock[] = front.imprint.map((text) => ({ kind: 'back-matter', text, spans: [], section: null, page: 1 }));
  const tailStart = structure.body.length + notes.length;
  const metadata = readPdfMetadata({
    front,
    otherLines: front.body.map((l) => l.text),
    furniture,
    info: pdf.info,
    pages: pdf.pages.length
  });
  return {
    metadata,
    inThisBriefing: structure.inThisBriefing,
    sections: structure.sections,
    blocks: [...structure.body, ...notes, ...structure.tail, ...imprint],
    figures: structure.figures.map((figure) => withRegion(figure, structure, pdf.pages, allLines)),
    references: structure.references.map((r) => ({ ...r, block: r.block + tailStart })),
    warnings: structure.sections.length <= 1 ? ['No headings were recognised in the PDF, so its text was imported as one section.'] : []
  };
}

/** `figure` with the region where its page draws it, when one is found (figure-regions.ts). */
function withRegion(figure: ParsedFigure, structure: Structure, pages: readonly PageText[], lines: readonly Line[]): ParsedFigure {
  const caption = structure.bodyParagraphs[figure.block]!;
  const source = figure.sourceBlock === null ? undefined : structure.bodyParagraphs[figure.sourceBlock];
  const page = pages[caption.page - 1]!;
  const region = figureRegion(caption, source, page, lines);
  return region ? { ...figure, region } : figure;
}

/** The size and font of most of the text, weighted by characters: the body text. */
function bodyType(lines: readonly Line[]): { size: number; font: string } {
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    bySize.set(size, (bySize.get(size) ?? 0) + line.text.length);
  }
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  for (const line of lines) if (Math.abs(line.size - size) <= 0.3) byFont.set(line.font, (byFont.get(line.font) ?? 0) + line.text.length);
  const font = [...byFont.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { size, font };
}
