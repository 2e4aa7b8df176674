/**
 * Figure regions: where a figure is drawn on its page, so that the reader can show it cut from the
 * original. A figure of a briefing sits between its caption and its "Source:" line; the region is
 * what the page draws in that band (images and paths, drawings.ts) in the caption's column, with
 * the chart's own text (axis labels, legends) that lies over it, and a little margin.
 *
 * Conservative by design: a figure without a source line on the caption's page, a band too low to
 * hold a chart, or a band with nothing drawn in the column gets no region, and the reader keeps
 * showing its caption and source only.
 */
import type { FigureRegion } from '../../model';
import type { Box } from './drawings';
import type { Line } from './lines';
import type { PageText } from './load';
import type { Paragraph } from './paragraphs';

/** A band lower than this (in points, a little over a centimetre) holds no chart, only space between lines. */
const MIN_BAND_HEIGHT = 36;
/** Boxes this wide are page backgrounds and frames, not part of one figure. */
const MAX_DRAWING_SHARE = 0.9;
/** Margin kept around what is drawn, in points. */
const MARGIN = 4;

/** The region of the figure captioned by `caption` with its source line in `source`, if one can be told. */
export function figureRegion(caption: Paragraph, source: Paragraph | undefined, page: PageText, pageLines: readonly Line[]): FigureRegion | undefined {
  if (!source || source.page !== caption.page || page.number !== caption.page || !page.drawings) return undefined;
  const captionLast = caption.lines.at(-1)!;
  const band = { top: captionLast.y - captionLast.size * 0.3, bottom: source.top + source.size };
  if (band.top - band.bottom < MIN_BAND_HEIGHT) return undefined;

  const inBand = (b: Box) => b.top > band.bottom && b.bottom < band.top;
  const candidates = page.drawings.filter((d) => inBand(d) && d.right - d.left < page.width * MAX_DRAWING_SHARE);
  const column = { left: Math.min(caption.x, source.x), right: Math.max(...[...caption.lines, ...source.lines].map((l) => l.right)) };
  const drawn = overlapping(candidates, column);
  if (drawn.length === 0) return undefined;

  let box = union(drawn);
  const labels = pageLines.filter((l) => l.page === page.number && !caption.lines.includes(l) && !source.lines.includes(l));
  box = union([box, ...labels.map(lineBox).filter((l) => inBand(l) && l.right > box.left && l.left < box.right)]);
  const left = Math.max(box.left - MARGIN, page.left);
  const right = Math.min(box.right + MARGIN, page.left + page.width);
  const top = Math.min(box.top + MARGIN, band.top);
  const bottom = Math.max(box.bottom - MARGIN, band.bottom);
  if (top - bottom < MIN_BAND_HEIGHT / 2) return undefined;
  return { page: page.number, x: tenth(left - page.left), y: tenth(page.bottom + page.height - top), width: tenth(right - left), height: tenth(top - bottom) };
}

/** The boxes that overlap `column` across, and those that overlap them in turn (a legend beside the plot). */
function overlapping(boxes: readonly Box[], column: { left: number; right: number }): Box[] {
  const picked = new Set<Box>();
  let span = column;
  for (let grew = true; grew;) {
    grew = false;
    for (const b of boxes) {
      if (picked.has(b) || b.right < span.left || b.left > span.right) continue;
      picked.add(b);
      span = { left: Math.min(span.left, b.left), right: Math.max(span.right, b.right) };
      grew = true;
    }
  }
  return [...picked];
}

function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    bottom: Math.min(...boxes.map((b) => b.bottom)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.max(...boxes.map((b) => b.top))
  };
}

/** A line of text as a box: from below its descenders to the top of its capitals. */
function lineBox(line: Line): Box {
  return { left: line.x, right: line.right, bottom: line.y - line.size * 0.3, top: line.y + line.size * 0.8 };
}

/** To a tenth of a point: finer than a screen pixel at any zoom a reader uses, and a short JSON. */
function tenth(points: number): number {
  return Math.round(points * 10) / 10;
}
