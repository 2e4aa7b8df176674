/**
 * One page of the original, drawn by pdf.js to a canvas as wide as its column (drawn again when the
 * column's width changes). The canvas is an image named after the page it shows once drawn, so
 * that what a screen reader announces is what is on screen.
 */
import { useEffect, useRef, useState } from 'react';
import { useWidth } from '../useWidth';
import { drawPage, type PDFDocumentProxy } from './open-pdf';

export interface PageCanvasProps {
  pdf: PDFDocumentProxy;
  /** 1-based. */
  page: number;
}

export function PageCanvas({ pdf, page }: PageCanvasProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(frameRef);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width === 0) return;
    const controller = new AbortController();
    pdf
      .getPage(page)
      .then((proxy) => drawPage(proxy, canvas, width, controller.signal))
      .then(
        () => {
          setDrawn(page);
          setError(null);
        },
        // A drawing given up for a newer one is no error.
        (reason: unknown) =>
          controller.signal.aborted || setError(`Page ${page} could not be drawn: ${reason instanceof Error ? reason.message : String(reason)}`)
      );
    return () => controller.abort();
  }, [pdf, page, width]);

  const label = drawn === null ? `Drawing page ${page} of ${pdf.numPages} of the original` : `Page ${drawn} of ${pdf.numPages} of the original`;
  return (
    <div ref={frameRef} className="original-page" aria-busy={drawn !== page}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
      {error && (
        <p className="original-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
