/**
 * "Save as PDF…": what to ask Chromium for and where to suggest saving. Electron-free, so the
 * choices are tested without a window; `save-pdf.ts` wires them to `printToPDF` and the save dialog.
 * The page's print stylesheet decides what is printed (no app chrome, highlights kept, notes as
 * chosen); these options only say that the stylesheet's page size and margins rule.
 */

/** The options passed to `webContents.printToPDF`. */
export interface PdfOptions {
  printBackground: boolean;
  preferCSSPageSize: boolean;
  generateDocumentOutline: boolean;
}

/** Backgrounds on (highlights are backgrounds), the stylesheet's A4 page, headings as PDF bookmarks. */
export const PDF_OPTIONS: PdfOptions = { printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true };

/** Characters no file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;
const MAX_NAME = 120;

/**
 * The file name to suggest for a PDF of a page titled `title` ("Combating drug trafficking in the
 * Andean region — Briefing Reader" → "Combating drug trafficking in the Andean region.pdf").
 */
export function suggestedPdfName(title: string, appName: string): string {
  const own = title.endsWith(` — ${appName}`) ? title.slice(0, -` — ${appName}`.length) : title;
  const cleaned = own
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME)
    .trim()
    .replace(/[. ]+$/, '');
  return `${cleaned || appName}.pdf`;
}
