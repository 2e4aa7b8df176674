/**
 * The body of a publication as a sequence of units — headings, blocks and note definitions — the
 * shape the later steps (rejoining, boxes, heading levels, assembly) work on. Decides, with the
 * context of neighbouring lines, what each classified line of the body is:
 *
 * - a line the "In this briefing" list or the table of contents names is a listed heading, even
 *   when it looks like a numbered item ("1. Foreword");
 * - a short line under a listed heading that repeats a name the imprint gives (an author, the
 *   writer of a foreword) is that chapter's byline — the imprint is the evidence, not the shape;
 * - a heading-shaped line followed by a line that starts with a small letter is the end of a page
 *   whose sentence goes on, not a heading;
 * - under a "References" heading every line is an entry, even one without a final period;
 * - "3. Title" alone (not in a run of numbered items) is a numbered heading;
 * - a paragraph printed wholly in italics is a set-off quotation or key message.
 */
import type { BlockKind } from '../../model';
import type { Fragment } from './inline';
import { startsMidSentence, withoutNoteCalls, type Line } from './lines';
import { comparable, REFERENCE_LIKE, REFERENCES_LABEL } from './regions';

export interface HeadingUnit {
  type: 'heading';
  title: Fragment;
  line: Line;
  /** Listed in the "In this briefing" list or the table of contents: a top-level heading. */
  listed: boolean;
  /** Depth of a printed section number ("2." → 1, "2.3" → 2), or null. */
  numbering: number | null;
}

export interface BlockUnit {
  type: 'block';
  kind: BlockKind;
  content: Fragment;
  line: Line;
  list?: { ordered: boolean; marker: string };
  figure?: { number: string; caption: string };
  /** Which side box the block belongs to (numbered in reading order at assembly). */
  boxId?: number;
}

export interface NoteUnit {
  type: 'note';
  label: string;
  content: Fragment;
  line: Line;
}

export type Unit = HeadingUnit | BlockUnit | NoteUnit;

export interface BodyContext {
  /** "In this briefing" items and table-of-contents titles, in order. */
  inThisBriefing: readonly string[];
  toc: readonly string[];
  /** The imprint's text, where the names of chapter authors are given. */
  frontText: string;
}

const NUMBERING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S/;

/** Turns the body's lines into units. */
export function readBody(lines: readonly Line[], context: BodyContext): Unit[] {
  const listed = [listMatcher(context.inThisBriefing), listMatcher(context.toc)];
  const isListed = (text: string): boolean => listed.some((match) => match(text));
  const units: Unit[] = [];
  /** Under a "References" heading every line is an entry, even one without a final period. */
  let inReferences = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const block = (kind: BlockKind, extra: Partial<BlockUnit> = {}): void => {
      units.push({ type: 'block', kind, content: line.content, line, ...extra });
    };
    switch (line.shape) {
      case 'note-def':
        units.push({ type: 'note', label: line.note!.label, content: line.content, line });
        break;
      case 'toc-entry':
        break;
      case 'figure-caption':
        block('figure', { figure: line.figure! });
        if (next?.shape === 'figure-source') {
          units.push({ type: 'block', kind: 'figure-source', content: next.content, line: next });
          i++;
        }
        break;
      case 'credit':
        block('credit');
        break;
      case 'list-item': {
        const whole = `${line.list!.marker} ${line.content.text}`;
        if (isListed(whole) || isNumberedHeading(line, lines[i - 1], next)) units.push(heading(line, true, whole));
        else if (inReferences) block('reference');
        else block('list-item', { list: line.list! });
        break;
      }
      case 'heading-like': {
        const previous = units.at(-1);
        if (isListed(line.content.text)) units.push(heading(line, true));
        else if (inReferences && REFERENCE_LIKE.test(line.content.text)) block('reference');
        else if (previous?.type === 'heading' && previous.listed && isNamedInFront(line.content.text, context.frontText)) block('byline');
        else if (next && next.shape === 'paragraph' && next.gapBefore > 0 && startsMidSentence(next.content)) block('paragraph');
        else units.push(heading(line, false));
        break;
      }
      default:
        if (line.content.text.length <= 200 && isListed(line.content.text)) units.push(heading(line, true));
        else if (inReferences) block('reference');
        else block(isWhollyEmphasised(line.content) ? 'quote' : 'paragraph');
    }
    const last = units.at(-1);
    if (last?.type === 'heading') inReferences = REFERENCES_LABEL.test(last.title.text.trim());
  }
  return units;
}

function heading(line: Line, listed: boolean, printed?: string): HeadingUnit {
  const title = printed === undefined ? line.content : { text: printed, spans: [] };
  const numbering = NUMBERING.exec(title.text);
  return { type: 'heading', title, line, listed, numbering: numbering ? numbering[1]!.split('.').length : null };
}

/** A forward-only matcher: each listed title matches once, in order, as the list promises. */
function listMatcher(titles: readonly string[]): (text: string) => boolean {
  const wanted = titles.map(comparable);
  let next = 0;
  return (text) => {
    const found = wanted.indexOf(comparable(text), next);
    if (found < 0) return false;
    next = found + 1;
    return true;
  };
}

/** "3. Title" on its own, not inside a run of numbered items, is a numbered heading. */
function isNumberedHeading(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  const numbered = (l: Line | undefined): boolean => l?.shape === 'list-item' && l.list!.ordered;
  return (
    line.list!.ordered &&
    /^\d+\.$/.test(line.list!.marker) &&
    !/[.,;:!]$/.test(line.content.text) &&
    line.content.text.length <= 160 &&
    !numbered(previous) &&
    !numbered(next)
  );
}

/** A byline under a chapter heading names a person the imprint names too (an author, a foreword's writer). */
function isNamedInFront(text: string, frontText: string): boolean {
  const name = text.split(',')[0]!.trim();
  return name.split(' ').length >= 2 && frontText.includes(name);
}

/** A paragraph printed wholly in italics is a set-off quotation or key message. */
function isWhollyEmphasised(content: Fragment): boolean {
  const length = withoutNoteCalls(content).length;
  return content.spans.some((s) => s.kind === 'emphasis' && s.start === 0 && s.end >= length) && length > 0;
}
