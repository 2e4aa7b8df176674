/**
 * Page-break rejoining. The text was taken from a paginated layout, so a paragraph that ran over
 * a page break appears as two lines: "…rejected important government legislative projects. In"
 * and "December 2023, the Constitutional Court…". Whatever the page held between the two halves —
 * footnotes printed at the page bottom, a figure or a side box placed at the top of the next
 * page — sits between them.
 *
 * The evidence is the same in every publication: the first half does not end a sentence (no final
 * period, question mark, colon…), and the second half is the next paragraph. When only footnotes
 * lie between, or a figure, the next paragraph is the continuation whatever its first letter.
 * When a titled passage lies between, the continuation must start with a small letter — a real
 * heading would be followed by a new paragraph, which starts with a capital — and the titled
 * passage is a side box placed at the top of the page; it is moved after the rejoined paragraph.
 * Nothing that ends a sentence is ever joined, so two real paragraphs stay two.
 */
import { joinFragments, type Fragment } from './inline';
import { endsSentence, startsMidSentence } from './lines';
import type { BlockUnit, Unit } from './units';

/** How far past the first half we look for the second: a page bottom and a page top, no more. */
const WINDOW = 12;
const JOINABLE = new Set(['paragraph', 'list-item', 'quote', 'summary']);
const PAGE_FURNITURE = new Set(['figure', 'figure-source', 'credit']);

/** Joins the paragraphs a page break split; `newBoxId` numbers the side boxes it finds. */
export function rejoinPageBreaks(units: readonly Unit[], newBoxId: () => number): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i++]!;
    if (unit.type !== 'block' || !JOINABLE.has(unit.kind)) {
      out.push(unit);
      continue;
    }
    // The parts are joined once at the end, so that a text of a thousand unfinished lines costs no more than one.
    const parts = [unit.content];
    const moved: Unit[] = [];
    while (!endsSentence(parts.at(-1)!)) {
      const found = findContinuation(units, i, unit, newBoxId);
      if (!found) break;
      parts.push(found.continuation.content);
      moved.push(...found.between);
      i = found.next;
    }
    out.push(parts.length === 1 ? unit : { ...unit, content: joinFragments(parts, separator) }, ...moved);
  }
  return out;
}

interface Continuation {
  continuation: BlockUnit;
  /** What the page put between the halves, to be placed after the rejoined paragraph. */
  between: Unit[];
  next: number;
}

function findContinuation(units: readonly Unit[], from: number, first: BlockUnit, newBoxId: () => number): Continuation | null {
  const between: Unit[] = [];
  let box: { title: number; members: number } | null = null;
  let furniture = false;
  for (let j = from; j < units.length && j < from + WINDOW; j++) {
    const unit = units[j]!;
    if (unit.type === 'note') {
      between.push(unit);
      continue;
    }
    if (unit.type === 'heading') {
      if (box || unit.listed || furniture) return null;
      box = { title: between.length, members: 0 };
      between.push(unit);
      continue;
    }
    if (unit.kind === 'paragraph' || unit.kind === 'summary') {
      const anyStart = !box && first.kind !== 'list-item';
      if (startsMidSentence(unit.content) || (anyStart && unit.kind === first.kind)) {
        if (box && box.members === 0) return null;
        return { continuation: unit, between: box ? makeBox(between, newBoxId()) : between, next: j + 1 };
      }
      if (!box) return null;
      box.members++;
      between.push(unit);
      continue;
    }
    if (box && (unit.kind === 'list-item' || unit.kind === 'quote')) {
      box.members++;
      between.push(unit);
      continue;
    }
    if (!box && PAGE_FURNITURE.has(unit.kind)) {
      furniture = true;
      between.push(unit);
      continue;
    }
    return null;
  }
  return null;
}

/** Turns the titled passage found between two halves into a side box. */
function makeBox(between: readonly Unit[], boxId: number): Unit[] {
  return between.map((unit): Unit => {
    if (unit.type === 'heading') return { type: 'block', kind: 'box-title', content: unit.title, line: unit.line, boxId };
    if (unit.type === 'block') return { ...unit, boxId };
    return unit;
  });
}

/** A word hyphenated across the break is joined without a space ("Sub-" + "committee"). */
function separator(first: Fragment): string {
  return /\p{L}-$/u.test(first.text) ? '' : ' ';
}
