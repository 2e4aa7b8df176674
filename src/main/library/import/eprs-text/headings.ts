/**
 * Heading tree inference. The plain text prints every heading the same way, so levels come from
 * evidence in the document itself, strongest first:
 *
 * 1. Headings named by the "In this briefing" list or the table of contents are top-level; the
 *    lists are followed in order, so a heading that repeats a listed title after the list has
 *    moved past it is a subsection. Other headings sit one level below the listed heading before
 *    them. Without such a list, printed numbers ("2.", "2.3") give the level, and without those
 *    every heading is top-level — we do not invent depth we cannot see.
 * 2. A numbered series of labelled headings ("Myth 1: …", "Myth 2: …", "Recommendation 4") are
 *    siblings one level below the plain heading that precedes each of them.
 * 3. A heading that names the headings after it ("Reasons for optimism: Task expedition, improved
 *    coordination and leisure society") is their parent, for as long as they are named.
 * 4. A subsection with no text of its own, or whose only paragraph announces what follows
 *    ("Below is an outline of these moves, by country.", "…several described below."), is the
 *    parent of the headings after it, up to the next listed heading.
 *
 * Finally levels are made consistent: a level never jumps more than one below its parent.
 */
import { LABELLED_NUMBER } from './lines';
import { comparable } from './regions';
import type { HeadingUnit, Unit } from './units';

const ANNOUNCES = /\b(below|as follows|the following|following (sections?|headings?|paragraphs?)|next (two |three |few )?sections)\b|:$/i;
/** An announcing paragraph is a sentence or two, not a discussion. */
const ANNOUNCEMENT_MAX = 400;

interface HeadingInfo {
  unit: HeadingUnit;
  title: string;
  series: string | null;
  /** The blocks between this heading and the next one. */
  blocks: number;
  soleText: string | null;
}

/** Levels and parents of the headings in `units`, in order; parent is an index into the headings. */
export function inferHeadingTree(units: readonly Unit[]): Array<{ level: number; parent: number | null }> {
  const headings = describe(units);
  const wanted = baseLevels(headings);
  applySeries(headings, wanted);
  applyGroups(headings, wanted);
  const tree: Array<{ level: number; parent: number | null }> = [];
  const stack: number[] = [];
  wanted.forEach((level, index) => {
    while (stack.length > 0 && tree[stack.at(-1)!]!.level >= level) stack.pop();
    const parent = stack.at(-1) ?? null;
    tree.push({ level: parent === null ? 1 : tree[parent]!.level + 1, parent });
    stack.push(index);
  });
  return tree;
}

function describe(units: readonly Unit[]): HeadingInfo[] {
  const headings: HeadingInfo[] = [];
  const seriesCount = new Map<string, number>();
  let texts: string[] = [];
  const close = (): void => {
    const last = headings.at(-1);
    if (last) {
      last.blocks = texts.length;
      last.soleText = texts.length === 1 ? texts[0]! : null;
    }
    texts = [];
  };
  for (const unit of units) {
    if (unit.type === 'heading') {
      close();
      const title = unit.title.text;
      const series = LABELLED_NUMBER.exec(title)?.[1] ?? null;
      if (series) seriesCount.set(series, (seriesCount.get(series) ?? 0) + 1);
      headings.push({ unit, title, series, blocks: 0, soleText: null });
    } else if (unit.type === 'block') {
      texts.push(unit.content.text);
    }
  }
  close();
  for (const heading of headings) if (heading.series && (seriesCount.get(heading.series) ?? 0) < 2) heading.series = null;
  return headings;
}

function baseLevels(headings: readonly HeadingInfo[]): number[] {
  if (headings.some((h) => h.unit.listed)) {
    let seenListed = false;
    return headings.map((h) => {
      seenListed ||= h.unit.listed;
      return h.unit.listed || !seenListed ? 1 : 2;
    });
  }
  if (headings.some((h) => h.unit.numbering !== null)) {
    let depth = 0;
    return headings.map((h) => {
      if (h.unit.numbering !== null) return (depth = h.unit.numbering);
      return depth + 1;
    });
  }
  return headings.map(() => 1);
}

function applySeries(headings: readonly HeadingInfo[], levels: number[]): void {
  let plain: number | null = null;
  headings.forEach((h, i) => {
    if (!h.series || h.unit.listed) plain = i;
    else if (plain !== null) levels[i] = levels[plain]! + 1;
  });
}

function applyGroups(headings: readonly HeadingInfo[], levels: number[]): void {
  for (let i = 0; i < headings.length - 1; i++) {
    const parent = headings[i]!;
    if (parent.series) continue;
    const named = comparable(parent.title);
    let k = i + 1;
    while (k < headings.length && !headings[k]!.unit.listed && names(named, comparable(headings[k]!.title))) levels[k++] = levels[i]! + 1;
    if (k > i + 1) {
      i = k - 1;
      continue;
    }
    const announces = parent.blocks === 0 || (parent.soleText !== null && parent.soleText.length <= ANNOUNCEMENT_MAX && ANNOUNCES.test(parent.soleText.trim()));
    if (levels[i]! < 2 || !announces) continue;
    while (k < headings.length && !headings[k]!.unit.listed && levels[k]! <= levels[i]!) levels[k++] = levels[i]! + 1;
    i = k - 1;
  }
}

/** Whether `text` mentions `title` as a whole phrase. */
function names(text: string, title: string): boolean {
  if (title.length < 3) return false;
  let at = text.indexOf(title);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + title.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
    at = text.indexOf(title, at + 1);
  }
  return false;
}
