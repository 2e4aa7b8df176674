/**
 * Lines: pdf.js gives runs of text in the order the page draws them; this module joins the runs
 * that share a baseline into lines, keeping a superscript number inside a line as a note call and
 * a superscript number that opens a line as that line's note label (a footnote's "3").
 */
import type { InlineSpan } from '../../model';
import type { PageText, TextRun } from './load';

export interface Line {
  page: number;
  x: number;
  right: number;
  /** The baseline, in points from the bottom of the page. */
  y: number;
  size: number;
  font: string;
  text: string;
  /** Note calls (superscript numbers) inside the text. */
  spans: InlineSpan[];
  /** The superscript label that opens a footnote or endnote line. */
  label?: string;
  /** The list marker the line opened with (removed from `text`). */
  bullet?: string;
}

/** Superscripts are set at most this fraction of the text size … */
const SUPERSCRIPT_SIZE = 0.82;
/** … and raised by at most this fraction of it. */
const SUPERSCRIPT_RISE = 0.7;
const NOTE_LABEL = /^\s*([0-9]{1,3}|[*†‡§])\s*$/;
/** Bullets as fonts draw them: symbol-font glyphs in the private use area, and the usual marks. */
const BULLET = /^\s*([\uE000-\uF8FF•▪■◦‣●○–-])\s+/;

/** The lines of a page, in the order the page draws them. */
export function readLines(page: PageText): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const run of page.runs) {
    if (run.text.trim() === '') {
      if (line && run.text !== '' && !/\s$/.test(line.text)) line.text += ' ';
      continue;
    }
    if (line && continuesLine(line, run)) {
      append(line, run);
      continue;
    }
    if (line && opensWithLabel(line, run)) {
      line.label = line.text.trim();
      Object.assign(line, { x: run.x, right: run.x + run.width, y: run.y, size: run.size, font: run.font, text: run.text, spans: [] });
      continue;
    }
    line = { page: page.number, x: run.x, right: run.x + run.width, y: run.y, size: run.size, font: run.font, text: run.text, spans: [] };
    lines.push(line);
  }
  return lines.map(finishLine);
}

function continuesLine(line: Line, run: TextRun): boolean {
  const rise = run.y - line.y;
  const after = run.x >= line.right - line.size * 0.6;
  const comparable = run.size <= line.size * 1.4 && run.size >= line.size / 1.4;
  if (Math.abs(rise) <= line.size * 0.25 && after && comparable) return true;
  // A superscript note call after the text ("services.1").
  return isSuperscript(run, line) && rise > 0 && rise <= line.size * SUPERSCRIPT_RISE && after;
}

/** A line that so far holds only a raised small number, followed by text on a lower baseline to its right. */
function opensWithLabel(line: Line, run: TextRun): boolean {
  if (line.label !== undefined || line.spans.length > 0 || !NOTE_LABEL.test(line.text)) return false;
  const drop = line.y - run.y;
  return (
    line.size <= run.size * SUPERSCRIPT_SIZE && drop >= 0 && drop <= run.size * SUPERSCRIPT_RISE && run.x >= line.right - 1 && run.x - line.right < run.size * 3
  );
}

function isSuperscript(run: TextRun, line: Line): boolean {
  return run.size <= line.size * SUPERSCRIPT_SIZE && NOTE_LABEL.test(run.text);
}

function append(line: Line, run: TextRun): void {
  const gap = run.x - line.right;
  const needsSpace = gap > line.size * 0.18 && !/\s$/.test(line.text) && !/^\s/.test(run.text);
  if (needsSpace) line.text += ' ';
  if (isSuperscript(run, line) && run.y > line.y + line.size * 0.1) {
    const label = run.text.trim();
    const start = line.text.length;
    line.text += label;
    line.spans.push({ kind: 'note-ref', start, end: start + label.length, label });
    if (/\s$/.test(run.text)) line.text += ' ';
  } else {
    line.text += run.text;
  }
  line.right = Math.max(line.right, run.x + run.width);
}

/** Removes the list marker and collapses white space, keeping the spans on their characters. */
function finishLine(line: Line): Line {
  const bullet = BULLET.exec(line.text);
  let text = line.text;
  let shift = 0;
  if (bullet && !/^\s*[–-]\s*\d/.test(line.text)) {
    line.bullet = /[\uE000-\uF8FF]/.test(bullet[1]!) ? '•' : bullet[1]!;
    shift = bullet[0].length;
    text = text.slice(shift);
  }
  const lead = text.length - text.trimStart().length;
  shift += lead;
  line.text = text.trim();
  line.spans = line.spans.map((s) => ({ ...s, start: s.start - shift, end: s.end - shift })).filter((s) => s.start >= 0 && s.end <= line.text.length);
  return line;
}
