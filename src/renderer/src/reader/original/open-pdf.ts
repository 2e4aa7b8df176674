/**
 * Opens a briefing's original PDF with pdf.js in the page and draws its pages, for the reader's
 * Original view, and parts of them, for the figures cut from their pages. pdf.js is loaded on first use, as a chunk of its own, so that reading a briefing
 * without one costs nothing. Nothing leaves the page's own origin and nothing in the PDF runs:
 *
 * - the worker is our bundle's copy of pdf.js's worker, a same-origin module worker, which the
 *   Content-Security-Policy's `script-src 'self'` already allows (`worker-src` falls back to it);
 * - `isEvalSupported: false`: fonts are drawn by interpreting their outlines, never compiled into
 *   functions with `new Function` (which the CSP forbids anyway);
 * - no scripting, no XFA forms, no text or annotation layer: a page is pixels on a canvas;
 * - only the bytes given are read (no URL), and no decoder, font or colour
 *   profile is fetched: `useWasm: false`, as WebAssembly would need `'wasm-unsafe-eval'` in the
 *   CSP. A JPEG 2000 or JBIG2 image (found in scans, not in the text PDFs the importer accepts)
 *   is left blank rather than widening the policy.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PageViewport, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { FigureRegion } from '../../../../shared/types';

export type { PDFDocumentProxy };

/** Opens the PDF in `bytes` (pdf.js takes ownership of the buffer). */
export async function openPdf(bytes: Uint8Array<ArrayBuffer>): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  }).promise;
}

/**
 * Draws `page` `cssWidth` CSS pixels wide into `target`, sharp on the screen's pixel density. The
 * page is drawn off screen first and copied over in one step, so a new size or page never shows a
 * blank canvas in between. `signal` abandons a drawing that is no longer wanted.
 */
export async function drawPage(page: PDFPageProxy, target: HTMLCanvasElement, cssWidth: number, signal: AbortSignal): Promise<void> {
  const scale = cssWidth / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale: scale * density() });
  await render(page, viewport, viewport.width, viewport.height, target, signal);
}

/**
 * Draws the part of `page` that `region` covers (in points from the page's top-left, as the
 * importer records a figure) `cssWidth` CSS pixels wide into `target`: the page is drawn at that
 * scale shifted so the region's corner is at the canvas's, and the canvas, the region's size,
 * keeps only the region.
 */
export async function drawRegion(page: PDFPageProxy, region: FigureRegion, target: HTMLCanvasElement, cssWidth: number, signal: AbortSignal): Promise<void> {
  const scale = (cssWidth / region.width) * density();
  const viewport = page.getViewport({ scale, offsetX: -region.x * scale, offsetY: -region.y * scale });
  await render(page, viewport, region.width * scale, region.height * scale, target, signal);
}

function density(): number {
  return window.devicePixelRatio || 1;
}

async function render(
  page: PDFPageProxy,
  viewport: PageViewport,
  width: number,
  height: number,
  target: HTMLCanvasElement,
  signal: AbortSignal
): Promise<void> {
  signal.throwIfAborted();
  const scratch = document.createElement('canvas');
  scratch.width = Math.floor(width);
  scratch.height = Math.floor(height);
  const task = page.render({ canvas: scratch, viewport });
  const cancel = () => task.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  signal.throwIfAborted();
  target.width = scratch.width;
  target.height = scratch.height;
  target.getContext('2d')?.drawImage(scratch, 0, 0);
}
