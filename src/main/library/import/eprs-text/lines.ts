/**
 * Line classification: the plain-text layout puts every block on a line of its own (a paragraph,
 * a heading, a list item, a figure caption, a note), so the first step is to read the lines and
 * say what shape each one has. Shape only — whether a heading-shaped line really is a heading,
 * or a paragraph the parser must join to the one before, is decided later with context.
 *
 * Every rule here is about the publication format, never about one document: EPRS captions start
 * "Figure N –", sources "Source:", contents lines end in dot leaders and a page number, contact
 * lines are an address with a label in brackets, and so on.
 */
import { parseInline, type Fragment } from './inline';

export type LineShape =
  /** `- item`, `1. item`, `(1) item`, `a) item`. */
  | 'list-item'
  /** `[^N]: text`. */
  | 'note-def'
  /** `Figure 1 – caption`. */
  | 'figure-caption'
  /** `Source: …` / `Data source: …`. */
  | 'figure-source'
  /** A table-of-contents line: a title, dot leaders and a page number. */
  | 'toc-entry'
  /** An e-mail address or web address on its own, optionally followed by `(label)`. */
  | 'contact'
  /** A photo or image credit: `© …`, `Photo credits: …`, or the same in italics. */
  | 'credit'
  /** Short, capitalised, without closing punctuation: it may be a heading (context decides). */
  | 'heading-like'
  | 'paragraph';

export interface Line {
  /** 1-based line number in the decoded text. */
  no: number;
  /** The line as written, trimmed, with runs of spaces and tabs collapsed. */
  raw: string;
  /** How many blank (or white-space-only) lines came right before it. */
  gapBefore: number;
  shape: LineShape;
  /** The rendered text and spans of the line's content (without list or note markers). */
  content: Fragment;
  list?: { ordered: boolean; marker: string };
  note?: { label: string };
  figure?: { number: string; caption: string };
  toc?: { title: string };
}

const BULLET = /^([-•*])\s+(\S.*)$/;
const ORDERED = /^(\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[a-z]\))\s+(\S.*)$/;
const NOTE_DEF = /^\[\^([A-Za-z0-9_.-]{1,16})\]:\s*(.*)$/;
const FIGURE = /^(?:Figure|Fig\.|Map|Chart|Graph|Table|Infographic)\s+(\d{1,3}[a-z]?)\s*[–—:.-]\s*(\S.*)$/;
/** The label of a figure's source line. */
export const FIGURE_SOURCE = /^(?:Data\s+)?Sources?\s*:\s*/i;
const TOC_ENTRY = /^(\S.*?)\s+\.{2,}\s*(\d{1,4})$/;
const CONTACT = /^(?:<?(?:https?:\/\/|www\.)\S+?>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+\([^()]{1,40}\))?$/i;
const CREDIT = /^\*?\s*(?:©|(?:Photo|Picture|Image|Cover)\s+credits?\s*:)/i;
/** "Myth 1: …", "Recommendation 3", "Part II – …": a labelled, numbered heading. */
export const LABELLED_NUMBER = /^(\p{Lu}[\p{L}-]{1,24})\s+(\d{1,3}|[IVXL]{1,6})(?:\s*[:.–—-]\s+\S.*|\s*[:.]?)$/u;

/** Splits decoded text into its non-blank lines; white-space-only lines count as blank. */
export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  const raw = text.normalize('NFC').split(/\r\n?|\n/);
  raw.forEach((original, index) => {
    const spaced = original.includes('  ') || /[\t\f\v]/.test(original);
    const line = (spaced ? original.replace(/[ \t\f\v]+/g, ' ') : original).trim();
    if (line === '' || /^\p{White_Space}*$/u.test(line)) {
      gap++;
      return;
    }
    lines.push(classifyLine(line, index + 1, gap));
    gap = 0;
  });
  return lines;
}

/** Says what shape one trimmed, non-blank line has and renders its content. */
function classifyLine(raw: string, no: number, gapBefore: number): Line {
  const base = { no, raw, gapBefore };
  const note = NOTE_DEF.exec(raw);
  if (note) return { ...base, shape: 'note-def', content: parseInline(note[2]!), note: { label: note[1]! } };
  const toc = raw.includes('..') ? TOC_ENTRY.exec(raw) : null;
  if (toc) return { ...base, shape: 'toc-entry', content: parseInline(toc[1]!), toc: { title: parseInline(toc[1]!).text } };
  const bullet = BULLET.exec(raw);
  if (bullet && !(bullet[1] === '*' && raw.endsWith('*'))) {
    return { ...base, shape: 'list-item', content: parseInline(bullet[2]!), list: { ordered: false, marker: bullet[1]! } };
  }
  const ordered = ORDERED.exec(raw);
  if (ordered) {
    return { ...base, shape: 'list-item', content: parseInline(ordered[2]!), list: { ordered: true, marker: ordered[1]! } };
  }
  const content = parseInline(raw);
  const figure = FIGURE.exec(content.text);
  if (figure) return { ...base, shape: 'figure-caption', content, figure: { number: figure[1]!, caption: figure[2]!.trim() } };
  if (FIGURE_SOURCE.test(content.text)) return { ...base, shape: 'figure-source', content };
  if (CONTACT.test(raw)) return { ...base, shape: 'contact', content };
  if (CREDIT.test(raw)) return { ...base, shape: 'credit', content };
  return { ...base, shape: looksLikeHeading(content) ? 'heading-like' : 'paragraph', content };
}

/**
 * A heading in this layout is a short line that starts with a capital (or a number) and does not
 * end like a sentence. Headings that end with a period exist ("Myth 1: … ."), so a labelled,
 * numbered line may end with one. A line that is wholly in italics is a quotation or a credit.
 */
function looksLikeHeading(content: Fragment): boolean {
  const text = content.text;
  if (text.length === 0 || text.length > 160 || text.split(' ').length > 24) return false;
  if (!/^[\p{Lu}\p{N}‘“"'(]/u.test(text)) return false;
  if (content.spans.some((s) => (s.kind === 'emphasis' || s.kind === 'strong') && s.start === 0 && s.end >= withoutNoteCalls(content).length)) {
    return false;
  }
  if (content.spans.some((s) => s.kind === 'link')) return false;
  const bare = withoutNoteCalls(content).trimEnd();
  if (/[.,;:!]$/.test(bare)) return LABELLED_NUMBER.test(bare) && !bare.endsWith(',');
  return !/[…]$/.test(bare);
}

/** The text without note calls at its end ("… rose.[^3]" → "… rose."). */
export function withoutNoteCalls(content: Fragment): string {
  let end = content.text.length;
  for (let i = content.spans.length - 1; i >= 0; i--) {
    const span = content.spans[i]!;
    if (span.kind === 'note-ref' && span.end === end) end = span.start;
  }
  return content.text.slice(0, end);
}

/**
 * Whether the rendered text ends a sentence (so the paragraph is complete, not cut by a page
 * break). A sentence followed by its source in brackets ("…such stupid systems! (STOA, 2017)")
 * is complete too.
 */
export function endsSentence(content: Fragment): boolean {
  const text = withoutNoteCalls(content)
    .trimEnd()
    .replace(/([.!?…][’”"']?)\s*\([^()]{1,80}\)$/, '$1');
  const last = text.at(-1);
  if (last === undefined) return true;
  if ('.!?:;…'.includes(last)) return true;
  if ('’”"\')]»*'.includes(last)) {
    const before = text.replace(/[’”"')\]»*]+$/, '').at(-1);
    return before !== undefined && '.!?…'.includes(before);
  }
  return false;
}

/** Whether the rendered text starts like the second half of a sentence: with a small letter. */
export function startsMidSentence(content: Fragment): boolean {
  return /^[("'‘“[]*\p{Ll}/u.test(content.text);
}
