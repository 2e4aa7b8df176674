/**
 * A figure as the original prints it: the part of its PDF page where the importer found it drawn
 * (its region), cut from the page by pdf.js into a canvas named after the caption. Nothing is
 * opened or drawn until the figure comes near view; the PDF is the one the Original view uses
 * (shared-openings.ts), opened once. Its space is kept from the start (the region's shape), so
 * that drawing it never moves the text being read. If the original cannot be opened or the page
 * drawn, `fallback` (the note that the chart is in the original) is shown instead.
 */
import { useContext, useEffect, useRef, useState } from 'react';
import type { FigureRegion } from '../../../../shared/types';
import { drawRegion } from '../original/open-pdf';
import { useOriginalPdf } from '../original/useOriginalPdf';
import { useWidth } from '../useWidth';
import { OriginalContext, type OriginalSource } from './original-context';
import { useNearView } from './useNearView';

/** CSS pixels per point at most: a small chart is shown a little over its printed size, not blown up to the column. */
const MAX_ZOOM = 1.5;
/** How far ahead of the visible text (in CSS pixels) a figure starts being drawn. */
const NEAR = 800;

export interface FigureImageProps {
  region: FigureRegion;
  /** The caption line: the image's accessible name. */
  caption: string;
  fallback: React.ReactNode;
}

export function FigureImage(props: FigureImageProps) {
  const source = useContext(OriginalContext);
  return source ? <RegionCanvas source={source} {...props} /> : props.fallback;
}

function RegionCanvas({ source, region, caption, fallback }: FigureImageProps & { source: OriginalSource }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const near = useNearView(frameRef, NEAR);
  const state = useOriginalPdf(source.briefingId, source.edition, near);
  const maxWidth = Math.round(region.width * MAX_ZOOM);
  const width = Math.min(useWidth(frameRef), maxWidth);
  const [drawn, setDrawn] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (state.status !== 'ready' || !canvas || width === 0) return;
    const controller = new AbortController();
    state.pdf
      .getPage(region.page)
      .then((page) => drawRegion(page, region, canvas, width, controller.signal))
      // A drawing given up for a newer one (a new width) is no failure.
      .then(
        () => setDrawn(true),
        () => controller.signal.aborted || setFailed(true)
      );
    return () => controller.abort();
  }, [state, region, width]);

  if (state.status === 'error' || failed) return fallback;
  return (
    <div ref={frameRef} className="figure-image" aria-busy={!drawn}>
      <canvas ref={canvasRef} role="img" aria-label={caption} style={{ maxWidth, aspectRatio: `${region.width} / ${region.height}` }} />
    </div>
  );
}
