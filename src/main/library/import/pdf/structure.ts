/**
 * Structure: walks the paragraphs in reading order and builds the document model — headings and
 * their levels from the document's own type scale, the summary, the contents list, body text and
 * side boxes, figures, notes, reference lists and back matter.
 *
 * Headings are told by size against the body text (the commonest size), by a line in capitals set
 * alone, or by a numbered line ("2.1 Trends") in a font other than the body's; their levels come
 * from the distinct heading sizes, largest first, or from the depth of the number. A few headings
 * say what follows by their words, in any publisher's layout: a summary, a contents list, notes,
 * references, a disclaimer. Text that the page or column break split is joined again when the
 * paragraph before it had not finished its sentence.
 */
import type { BlockKind, ParsedBlock, ParsedFigure, ParsedReference, ParsedSection } from '../../model';
import { joinFragments, type Fragment } from '../eprs-text/inline';
import type { PendingNote } from '../eprs-text/notes';
import { parseReference } from '../eprs-text/references';
import { CAPTION, SOURCE } from './figures';
import { paragraphText, type Paragraph } from './paragraphs';

export interface TypeScale {
  bodySize: number;
  bodyFont: string;
  words: ReadonlySet<string>;
}

export interface Structure {
  sections: ParsedSection[];
  /** Body blocks (in sections), then reference and back-matter blocks; notes are added later. */
  body: ParsedBlock[];
  references: ParsedReference[];
  tail: ParsedBlock[];
  figures: ParsedFigure[];
  /** The paragraph each body block was read from (its first, for a block joined across a break). */
  bodyParagraphs: Paragraph[];
  notes: Array<PendingNote & { page: number }>;
  inThisBriefing: string[];
}

type Mode = 'body' | 'summary' | 'contents' | 'notes' | 'references' | 'back';

const MODE_HEADINGS: Array<[RegExp, Mode]> = [
  [/^(summary|overview|executive summary|key findings|abstract|at a glance|key messages)$/i, 'summary'],
  [/^(in this (briefing|paper|analysis|issue|note)|contents|table of contents)$/i, 'contents'],
  [/^(end ?notes|notes|footnotes)$/i, 'notes'],
  [/^(main references|references|bibliography|further reading|other sources|sources|selected references|.*supporting analysis|.*publications)$/i, 'references'],
  [/^(disclaimer.*|copyright.*|legal notice|acknowledge?ments|about (the|this) .*)$/i, 'back']
];
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u;
const SENTENCE_END = /[.!?:;]["'’”)\]]?$/;

export function buildStructure(paragraphs: readonly Paragraph[], scale: TypeScale, title: string): Structure {
  const out: Structure = { sections: [], body: [], references: [], tail: [], figures: [], bodyParagraphs: [], notes: [], inThisBriefing: [] };
  const texts = paragraphs.map((p) => paragraphText(p, scale.words));
  const headingSizes = distinctSizes(
    paragraphs.filter((p, k) => isHeading(p, texts[k]!.text, scale) && modeOf(texts[k]!.text) === null && !numbered(p, texts[k]!.text, scale))
  );
  let mode: Mode = 'body';
  let section: number | null = null;
  let group: string | null = null;
  let box = 0;
  let inBox = false;
  const open: { body: number | null; box: number | null } = { body: null, box: null };
  let lastNote: (PendingNote & { page: number }) | null = null;

  const ensureSection = (): number => {
    section ??= out.sections.push({ title, level: 1, parent: null, kind: 'body', page: 1 }) - 1;
    return section;
  };
  const push = (kind: BlockKind, fragment: Fragment, p: Paragraph, extra: Partial<ParsedBlock> = {}): number => {
    const block: ParsedBlock = { kind, text: fragment.text, spans: fragment.spans, section: ensureSection(), page: p.page, ...extra };
    out.bodyParagraphs.push(p);
    return out.body.push(block) - 1;
  };

  paragraphs.forEach((p, k) => {
    const fragment = texts[k]!;
    const text = fragment.text;
    // Letters strewn over an infographic ("pr", "iso") are not text a reader can follow.
    if ((text.match(/\p{L}/gu)?.length ?? 0) < 4 && p.label === undefined) return;
    const smaller = p.size < scale.bodySize - 0.5;

    if (p.label !== undefined && (smaller || mode === 'notes')) {
      lastNote = { label: p.label, content: fragment, scope: null, page: p.page };
      out.notes.push(lastNote);
      return;
    }
    if (lastNote && mode === 'notes' && !isHeading(p, text, scale)) {
      lastNote.content = joinFragments([lastNote.content, fragment], ' ');
      return;
    }
    if (isHeading(p, text, scale)) {
      const headingMode = modeOf(text);
      open.body = open.box = null;
      inBox = false;
      lastNote = null;
      mode = headingMode ?? 'body';
      if (mode === 'summary') {
        section = out.sections.push({ title: 'Summary', level: 1, parent: null, kind: 'summary', page: p.page }) - 1;
      } else if (mode === 'references') {
        group = text;
      } else if (mode === 'back') {
        out.tail.push({ kind: 'back-matter', text, spans: fragment.spans, section: null, page: p.page });
      } else if (mode === 'body') {
        const title = withoutNoteCalls(fragment);
        const level = headingLevel(p, text, scale, headingSizes);
        let parent: number | null = section;
        while (parent !== null && (out.sections[parent]!.level >= level || out.sections[parent]!.kind === 'summary')) parent = out.sections[parent]!.parent;
        section = out.sections.push({ title, level, parent, kind: 'body', page: p.page }) - 1;
      }
      return;
    }
    if (mode === 'contents') {
      if (p.bullet !== undefined || !smaller) {
        out.inThisBriefing.push(text);
        return;
      }
      mode = 'body';
    }
    if (mode === 'references') {
      for (const entry of referenceEntries(p, scale.words)) {
        const index = out.tail.push({ kind: 'reference', text: entry.text, spans: entry.spans, section: null, page: p.page }) - 1;
        out.references.push({ block: index, text: entry.text, ...parseReference(entry), group });
      }
      return;
    }
    if (mode === 'back') {
      out.tail.push({ kind: 'back-matter', text, spans: fragment.spans, section: null, page: p.page });
      return;
    }
    const caption = CAPTION.exec(text);
    if (caption && caption[1] !== 'Box') {
      const block = push('figure', fragment, p, { figure: { number: caption[2]!, caption: caption[4]!.trim() } });
      out.figures.push({ block, number: caption[2]!, caption: caption[4]!.trim(), source: null, sourceBlock: null });
      return;
    }
    if (SOURCE.test(text) && becameUnnumberedFigure(out, p)) open.body = null;
    const lastFigure = out.figures.at(-1);
    if (
      SOURCE.test(text) &&
      lastFigure &&
      (lastFigure.sourceBlock === null || lastFigure.sourceBlock === out.body.length - 1) &&
      out.body.length - lastFigure.block <= 3
    ) {
      const block = push('figure-source', fragment, p);
      if (lastFigure.sourceBlock === null) {
        lastFigure.source = text.replace(SOURCE, '').trim() || null;
        lastFigure.sourceBlock = block;
      }
      return;
    }
    const lane = smaller && mode !== 'summary' ? 'box' : 'body';
    const continued = open[lane];
    if (continued !== null && p.opensFlow && !SENTENCE_END.test(out.body[continued]!.text) && p.bullet === undefined) {
      const block = out.body[continued]!;
      const joined = joinFragments([{ text: block.text, spans: block.spans }, fragment], ' ');
      block.text = joined.text;
      block.spans = joined.spans;
      return;
    }
    if (lane === 'box') {
      if (!inBox) box++;
      inBox = true;
    } else {
      inBox = false;
    }
    const kind: BlockKind = p.bullet !== undefined ? 'list-item' : mode === 'summary' ? 'summary' : 'paragraph';
    const extra: Partial<ParsedBlock> = {};
    if (p.bullet !== undefined) extra.list = { ordered: false, marker: p.bullet };
    if (lane === 'box') extra.box = box;
    open[lane] = push(kind, fragment, p, extra);
  });
  return out;
}

/**
 * A figure without a number: a short line set on its own, then the figure, then its source line
 * on the same page. The line was taken for a paragraph; it becomes the figure's caption.
 */
function becameUnnumberedFigure(out: Structure, source: Paragraph): boolean {
  const index = out.body.length - 1;
  const block = out.body[index];
  const lastFigure = out.figures.at(-1);
  if (!block || block.kind !== 'paragraph' || block.page !== source.page || block.box !== undefined) return false;
  if (lastFigure && lastFigure.block >= index - 1) return false;
  if (block.text.length > 120 || SENTENCE_END.test(block.text)) return false;
  block.kind = 'figure';
  block.figure = { number: '', caption: block.text };
  out.figures.push({ block: index, number: '', caption: block.text, source: null, sourceBlock: null });
  return true;
}

/** A reference list set tight: entries are told apart by a gap wider than the spacing inside one. */
function referenceEntries(p: Paragraph, words: ReadonlySet<string>): Fragment[] {
  const gaps = p.lines.slice(1).map((line, k) => p.lines[k]!.y - line.y);
  // Lines all set wider apart than text is ever leaded are one-line entries.
  const tightest = Math.min(...gaps, p.size * 1.3);
  const entries: Paragraph[] = [];
  p.lines.forEach((line, k) => {
    if (k === 0 || gaps[k - 1]! > tightest * 1.1) entries.push({ ...p, lines: [line] });
    else entries.at(-1)!.lines.push(line);
  });
  return entries.map((entry) => paragraphText(entry, words));
}

/** A heading's text without the note calls printed after it ("Stakeholder views⁶"). */
function withoutNoteCalls(fragment: Fragment): string {
  let text = fragment.text;
  for (const span of [...fragment.spans].reverse()) if (span.kind === 'note-ref') text = text.slice(0, span.start) + text.slice(span.end);
  return text.trim();
}

function isHeading(p: Paragraph, text: string, scale: TypeScale): boolean {
  if (p.label !== undefined || p.bullet !== undefined || p.lines.length > 3 || text.length > 160) return false;
  // A heading opens with a capital, a number or a quotation mark, and has a word in it.
  if (!/^['‘“"]?[\p{Lu}\p{N}]/u.test(text) || !/\p{L}{2}/u.test(text)) return false;
  if (CAPTION.test(text) || SOURCE.test(text)) return false;
  if (p.size >= scale.bodySize * 1.2) return true;
  const capitals = text === text.toUpperCase() && /\p{Lu}{3}/u.test(text) && text.split(/\s+/).length <= 6;
  if (capitals && p.size >= scale.bodySize - 0.1 && p.lines.length === 1) return true;
  return numbered(p, text, scale);
}

function numbered(p: Paragraph, text: string, scale: TypeScale): boolean {
  return NUMBERED_HEADING.test(text) && p.font !== scale.bodyFont && p.lines.length <= 2 && p.size >= scale.bodySize * 0.9 && !SENTENCE_END.test(text);
}

function modeOf(text: string): Mode | null {
  return MODE_HEADINGS.find(([pattern]) => pattern.test(text.trim()))?.[1] ?? null;
}

function headingLevel(p: Paragraph, text: string, scale: TypeScale, sizes: readonly number[]): number {
  if (numbered(p, text, scale)) return NUMBERED_HEADING.exec(text)![1]!.split('.').length;
  const index = sizes.findIndex((s) => Math.abs(s - p.size) <= 0.5);
  return index < 0 ? sizes.length + 1 : index + 1;
}

/** Heading sizes, largest first, sizes within half a point counted as one. */
function distinctSizes(headings: readonly Paragraph[]): number[] {
  const sizes: number[] = [];
  for (const size of headings.map((p) => p.size).sort((a, b) => b - a)) {
    if (!sizes.some((s) => Math.abs(s - size) <= 0.5)) sizes.push(size);
  }
  return sizes;
}
