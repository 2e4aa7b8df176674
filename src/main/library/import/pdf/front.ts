/**
 * The first page's front matter: the title (the largest text of several words), the subtitle set
 * large under it, the labels above it (document type, series) and the imprint at the foot of the
 * page (authors, publisher, document number and date). None of it is body text.
 */
import type { Line } from './lines';

export interface Front {
  title: string;
  subtitle: string | null;
  /** Large lines above the title: "BRIEFING", "EU Legislation in Progress". */
  labels: string[];
  /** The foot of the first page and its other large lines: authors, publisher, number, date. */
  imprint: string[];
  /** The lines that remain for the body. */
  body: Line[];
}

/** Text this much larger than the body is display type: a title, a subtitle, a label. */
const DISPLAY = 1.3;
/** The foot of the first page, where an imprint is printed, as a share of the page height. */
const FOOT = 0.12;

export function readFront(lines: readonly Line[], bodySize: number, firstPageHeight: number): Front {
  const first = lines.filter((l) => l.page === 1);
  const display = first.filter((l) => l.size >= bodySize * DISPLAY && /\p{L}{2}/u.test(l.text));
  // A title has a few words; a two-word series name may be set larger ("DATA MATTERS").
  const titled = display.filter((l) => wordCount(l.text) >= 3);
  const largest = Math.max(0, ...(titled.length > 0 ? titled : display).map((l) => l.size));
  const titleLines = runOfSize(first, largest);
  const taken = new Set<Line>(titleLines);
  const titleBottom = titleLines.at(-1)?.y ?? firstPageHeight;
  const titleTop = titleLines[0]?.y ?? firstPageHeight;
  // A subtitle is set large just under the title, in running words; a heading in capitals is not one.
  const subtitleLines = display.filter(
    (l) => !taken.has(l) && l.y < titleBottom && l.y > titleBottom - largest * 6 && l.size <= largest && l.text !== l.text.toUpperCase()
  );
  for (const l of subtitleLines) taken.add(l);
  const labels = display.filter((l) => !taken.has(l) && l.y > titleTop);
  for (const l of labels) taken.add(l);
  const imprint = first.filter(
    (l) => !taken.has(l) && /\p{L}{2}/u.test(l.text) && (l.y < firstPageHeight * FOOT || (l.size >= bodySize * DISPLAY && l.size > largest * 0.9))
  );
  for (const l of imprint) taken.add(l);
  return {
    title: titleLines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    subtitle: subtitleLines.length > 0 ? joinSubtitle(subtitleLines) : null,
    labels: labels.map((l) => l.text.trim()),
    imprint: imprint.map((l) => l.text.trim()),
    body: lines.filter((l) => !taken.has(l))
  };
}

/** The lines of `size` that follow one another from the first one of that size. */
function runOfSize(lines: readonly Line[], size: number): Line[] {
  const start = lines.findIndex((l) => l.size === size && wordCount(l.text) >= 1 && /\p{L}{2}/u.test(l.text));
  if (start < 0) return [];
  const run = [lines[start]!];
  for (let k = start + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (Math.abs(line.size - size) > 0.5 || run.at(-1)!.y - line.y > size * 1.6 || line.font !== run[0]!.font) break;
    run.push(line);
  }
  return run;
}

/** Subtitle lines in one font are one phrase; a change of font starts another. */
function joinSubtitle(lines: readonly Line[]): string {
  const phrases: string[] = [];
  let font = '';
  for (const line of lines) {
    if (line.font !== font || phrases.length === 0) phrases.push(line.text.trim());
    else phrases[phrases.length - 1] += ` ${line.text.trim()}`;
    font = line.font;
  }
  return phrases.map((p, k) => (k === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(', ');
}

function wordCount(text: string): number {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}
