/**
 * Whitespace-insensitive views of a text. A new edition of a briefing may re-flow a paragraph, split
 * it at a former page break or join two: the words are the same, only the whitespace between them
 * differs (a space, a blank line between blocks, a no-break space). Anchoring compares texts with
 * every run of whitespace collapsed to one space, and maps what it finds back to the real offsets.
 */

const WHITESPACE_RUN = /\s+/g;

/** A text with its whitespace runs collapsed, and the way back to the original offsets. */
export interface CollapsedText {
  /** The original text, offsets in UTF-16 units. */
  readonly original: string;
  /** The text with every run of whitespace (`\s`, so also no-break spaces) replaced by one space. */
  readonly text: string;
  /** For each unit of `text`, the offset in `original` where it starts. */
  readonly starts: Int32Array;
  /** For each unit of `text`, the offset in `original` just after it (after the whole run for a space). */
  readonly ends: Int32Array;
}

/** Collapses every run of whitespace in `text` to one space (see `CollapsedText`). */
export function collapseWhitespace(text: string): CollapsedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let collapsed = '';
  let n = 0;
  let last = 0;
  const addPlain = (from: number, to: number) => {
    collapsed += text.slice(from, to);
    for (let i = from; i < to; i++, n++) {
      starts[n] = i;
      ends[n] = i + 1;
    }
  };
  for (const run of text.matchAll(WHITESPACE_RUN)) {
    addPlain(last, run.index);
    collapsed += ' ';
    starts[n] = run.index;
    ends[n] = run.index + run[0].length;
    n++;
    last = run.index + run[0].length;
  }
  addPlain(last, text.length);
  return { original: text, text: collapsed, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Collapses whitespace runs of a short string (a quote, a prefix) without keeping a map. */
export function collapseString(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

/** The range in the original text covered by collapsed units `[start, end)`. */
export function toOriginalRange(c: CollapsedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < c.starts.length ? c.starts[start]! : c.original.length;
    return { start: at, end: at };
  }
  return { start: c.starts[start]!, end: c.ends[end - 1]! };
}

/** The collapsed offset of an original offset: the first collapsed unit that starts at or after it. */
export function toCollapsedOffset(c: CollapsedText, offset: number): number {
  let lo = 0;
  let hi = c.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
