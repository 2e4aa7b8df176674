/**
 * Figures and tables: a caption line ("Figure 1 – …", "Table 2: …") and the source line under the
 * figure ("Source: …"). The text drawn inside a chart between the two — axis labels, values,
 * legends — is not prose and is left out; the caption and source stay.
 */
import type { Line } from './lines';

export const CAPTION = /^(Figure|Fig\.|Table|Chart|Graph|Map|Infographic|Box)\s+(\d{1,3}[a-z]?|[IVX]{1,5})\s*([–—:.-]\s*|\s)(.*)$/;
export const SOURCE = /^(Data\s+)?(Sources?|Notes?|Data)\s*:\s*/i;
/** A line of numbers only: an axis tick, a value label. */
const CHART_NUMBERS = /^[\d\s.,%()+–-]+$/;

/** `lines` without the text drawn inside figures and without stray chart numbers. */
export function dropFigureContents(lines: readonly Line[]): Line[] {
  const inside = new Set<Line>();
  lines.forEach((line, index) => {
    if (!CAPTION.test(line.text)) return;
    let bottom = line;
    for (let k = index + 1; k < lines.length; k++) {
      const next = lines[k]!;
      if (next.page !== line.page || Math.abs(next.size - line.size) > 0.6 || bottom.y - next.y > next.size * 1.9 || next.y >= bottom.y) break;
      bottom = next;
    }
    const source = lines.find((l) => l.page === line.page && l.y < bottom.y && SOURCE.test(l.text) && Math.abs(l.x - line.x) < 250 && bottom.y - l.y < 600);
    if (!source) return;
    const left = Math.min(line.x, source.x) - 50;
    for (const l of lines) {
      if (l.page === line.page && l.y < bottom.y - 1 && l.y > source.y + 1 && l.x >= left && l !== source) inside.add(l);
    }
  });
  return lines.filter((l) => !inside.has(l) && !CHART_NUMBERS.test(l.text) && /\p{L}{2}/u.test(l.text));
}
