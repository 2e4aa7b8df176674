/**
 * Opens a PDF with pdf.js and reads the positioned text of every page, refusing with a one-line
 * reason what cannot or should not be read: a damaged or truncated file, a password-protected
 * one, a scan without a text layer, an absurd number or size of pages, or more text than any
 * publication holds (the sign of a decompression bomb).
 *
 * pdf.js runs in this thread with its "fake worker" (the worker module loaded in-process), with
 * `isEvalSupported: false` (fonts are never compiled to functions) and no scripting: a script
 * inside a PDF is never run. Nothing is fetched: the bytes are all it reads, and the standard
 * fonts are not needed because only text positions are read, never glyph shapes.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LibraryError } from '../../errors';
import { readDrawings, type Box } from './drawings';

/** A run of text as pdf.js places it, in PDF points from the bottom-left of the page. */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size: the height of the text matrix. */
  size: number;
  /** The font as the page names it; runs in one font share it. */
  font: string;
  /** pdf.js marks the last run of a line it has seen end. */
  endsLine: boolean;
}

export interface PageText {
  /** 1-based. */
  number: number;
  /** The page box's bottom-left corner in user space (usually 0, 0), and its size. */
  left: number;
  bottom: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** What the page draws besides text, read only for the pages the caller asked for. */
  drawings?: Box[];
}

/** Which pages' drawings to read as well as their text (reading them costs a pass over the page's content). */
export type WantsDrawings = (page: PageText) => boolean;

export interface LoadedPdf {
  pages: PageText[];
  /** The document information dictionary (Title, Author, Subject, Lang, CreationDate, …). */
  info: Record<string, unknown>;
}

/** Beyond this many pages a file is refused rather than imported slowly; see bench/RESULTS.md. */
export const MAX_PDF_PAGES = 2000;
/** The largest page PDF allows (14,400 points, 200 inches, a side); larger is a damaged or hostile file. */
export const MAX_PAGE_SIDE = 14_400;
/** More text than this on one page is not a publication's page: a decompression bomb or a generated flood. */
export const MAX_PAGE_CHARACTERS = 200_000;
/** A page of a text PDF averages hundreds of characters; a scan has none or a few stray ones. */
const MIN_CHARACTERS_PER_PAGE = 20;

/** Glyphs a font maps to no character come out as control characters (or U+FFFD). */
const UNMAPPED_GLYPH = /(?![\t\n\r])[\p{Cc}\ufffd]/u;
/** A text matrix turned by more than this (sin of the angle, about 3°) is not set on a line. */
const MAX_TILT = 0.05;

/**
 * Text that is not the publication's prose: a run whose glyphs have no characters (an
 * infographic's numerals in a font without a Unicode map would read "\u001e\u001e.\u001c million"),
 * or turned text — lettering along a curve in a chart, a title up the margin — which would come
 * apart into stray letters ("n at the").
 */
function isDecoration(text: string, a: number, b: number): boolean {
  // (a, b) is the direction of the baseline; a slanted (synthetic italic) font skews c, not b.
  return UNMAPPED_GLYPH.test(text) || Math.abs(b) > MAX_TILT * Math.hypot(a, b);
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/** Loads pdf.js once, with its worker in this thread so that no worker file needs to be found at run time. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/** Reads the text of every page of the PDF in `bytes`, and the drawings of the pages `wantsDrawings` picks. */
export async function loadPdfText(bytes: Uint8Array, fileName: string, wantsDrawings: WantsDrawings = () => false): Promise<LoadedPdf> {
  const name = JSON.stringify(fileName);
  const { getDocument, OPS } = await loadPdfJs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw openError(error, name);
    });
    if (doc.numPages < 1) throw new LibraryError(`Import: ${name} is a PDF without pages`, 'unreadable-file');
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new LibraryError(`Import: ${name} has ${doc.numPages} pages; the limit is ${MAX_PDF_PAGES}`, 'too-large');
    }
    const meta = await doc.getMetadata().catch(() => null);
    const pages: PageText[] = [];
    let characters = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number).catch(() => {
        throw new LibraryError(`Import: ${name} is damaged (page ${number} cannot be read)`, 'unreadable-file');
      });
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const [left, bottom, width, height] = [Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)];
      if (!(width > 0 && height > 0) || width > MAX_PAGE_SIDE || height > MAX_PAGE_SIDE) {
        throw new LibraryError(
          `Import: ${name} has a page of an impossible size (page ${number}: ${Math.round(width)} × ${Math.round(height)} points)`,
          'unreadable-file'
        );
      }
      const content = await page.getTextContent().catch(() => {
        throw new LibraryError(`Import: ${name} is damaged (the text of page ${number} cannot be read)`, 'unreadable-file');
      });
      const runs: TextRun[] = [];
      let pageCharacters = 0;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        pageCharacters += item.str.length;
        if (item.str === '' && !item.hasEOL) continue;
        const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
        if (isDecoration(item.str, a, b)) continue;
        runs.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b), font: item.fontName, endsLine: item.hasEOL });
      }
      if (pageCharacters > MAX_PAGE_CHARACTERS) {
        throw new LibraryError(
          `Import: ${name} holds more text on page ${number} than a publication can (${pageCharacters.toLocaleString('en')} characters; the limit is ${MAX_PAGE_CHARACTERS.toLocaleString('en')})`,
          'too-large'
        );
      }
      characters += runs.reduce((n, r) => n + r.text.trim().length, 0);
      const pageText: PageText = { number, left, bottom, width, height, runs };
      // A turned page (/Rotate) would need its drawings turned too; its figures simply get no region.
      if (page.rotate === 0 && wantsDrawings(pageText)) {
        // A page whose drawings cannot be read still has its text: its figures just get no region.
        const list = await page.getOperatorList().catch(() => null);
        if (list) pageText.drawings = readDrawings(list, OPS);
      }
      pages.push(pageText);
      page.cleanup();
    }
    if (characters < MIN_CHARACTERS_PER_PAGE * Math.min(doc.numPages, 3)) {
      throw new LibraryError(`Import: ${name} has no text layer (it looks like a scanned document; text recognition is not supported yet)`, 'unreadable-file');
    }
    return { pages, info: (meta?.info ?? {}) as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

/** The one-line reason a PDF could not be opened. */
function openError(error: unknown, name: string): LibraryError {
  const kind = (error as { name?: string } | null)?.name;
  if (kind === 'PasswordException') {
    return new LibraryError(`Import: ${name} is protected by a password and cannot be read`, 'unreadable-file');
  }
  if (kind === 'InvalidPDFException') {
    return new LibraryError(`Import: ${name} is not a valid PDF (it is damaged or truncated)`, 'unreadable-file');
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new LibraryError(`Import: ${name} is a damaged PDF (${message})`, 'unreadable-file');
}
