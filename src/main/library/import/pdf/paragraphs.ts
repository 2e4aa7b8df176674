/**
 * Paragraphs: consecutive lines of one page that share a size, are set at the text's line spacing
 * and line up on the left become one paragraph. A note label, a list marker, a change of size or
 * a wider gap starts a new one. A paragraph that opens a page or a column (the text moved back up)
 * is marked, so that a paragraph the break split can be joined again.
 */
import type { Fragment } from '../eprs-text/inline';
import type { Line } from './lines';
import { joinLines } from './dehyphenate';

export interface Paragraph {
  page: number;
  lines: Line[];
  size: number;
  font: string;
  x: number;
  /** Baseline of the first line. */
  top: number;
  /** The distance between the first two lines' baselines, once there are two. */
  leading?: number;
  label?: string;
  bullet?: string;
  /** The paragraph opens a page or a column: a paragraph split by the break may continue here. */
  opensFlow: boolean;
}

/** Line spacing up to this many times the text size is the spacing within a paragraph. */
const LEADING = 1.5;
/** A wider gap still continues a paragraph when the line before has not ended its sentence. */
const LOOSE_LEADING = 1.9;

export function groupParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    if (current && previous && continuesParagraph(current, previous, line)) {
      current.leading ??= previous.y - line.y;
      current.lines.push(line);
    } else {
      const opensFlow = !previous || previous.page !== line.page || line.y > previous.y + line.size;
      current = { page: line.page, lines: [line], size: line.size, font: line.font, x: line.x, top: line.y, opensFlow };
      if (line.label !== undefined) current.label = line.label;
      if (line.bullet !== undefined) current.bullet = line.bullet;
      paragraphs.push(current);
    }
    previous = line;
  }
  return paragraphs;
}

function continuesParagraph(paragraph: Paragraph, above: Line, line: Line): boolean {
  if (line.page !== above.page || line.label !== undefined || line.bullet !== undefined) return false;
  if (Math.abs(line.size - paragraph.size) > 0.6) return false;
  const drop = above.y - line.y;
  const size = paragraph.size;
  if (drop < size * 0.5) return false;
  const sentenceOpen = !/[.!?:;]["'’”)]?$/.test(above.text) && /^[\p{Ll}(]/u.test(line.text);
  if (drop > size * (sentenceOpen ? LOOSE_LEADING : LEADING)) return false;
  // Once a paragraph's own spacing is known, a gap wider than it separates entries set close together.
  if (!sentenceOpen && paragraph.leading !== undefined && drop > paragraph.leading * 1.12) return false;
  const indentAllowed = paragraph.bullet !== undefined || paragraph.label !== undefined ? size * 3.5 : size * 2;
  const centred = Math.abs((line.x + line.right) / 2 - (above.x + above.right) / 2) < size * 0.5;
  return centred || (line.x >= paragraph.x - size && line.x <= paragraph.x + indentAllowed);
}

/** The text of a paragraph, its lines joined. */
export function paragraphText(paragraph: Paragraph, words: ReadonlySet<string>): Fragment {
  return joinLines(paragraph.lines, words);
}
