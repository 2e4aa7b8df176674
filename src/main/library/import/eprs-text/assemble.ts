/**
 * Assembly: turns the summary and body units into the document model's sections and blocks, with
 * the figures and the per-chapter reference lists found among them, and collects the footnotes
 * printed in the body together with the chapter each belongs to.
 */
import type { BlockKind, ParsedBlock, ParsedBriefing, ParsedFigure, ParsedSection } from '../../model';
import { trimFragment, type Fragment } from './inline';
import { FIGURE_SOURCE } from './lines';
import type { PendingNote } from './notes';
import { parseReference } from './references';
import { REFERENCES_LABEL } from './regions';
import { inferHeadingTree } from './headings';
import type { BlockUnit, Unit } from './units';

export interface Assembled extends Pick<ParsedBriefing, 'sections' | 'blocks' | 'figures' | 'references'> {
  /** Footnotes printed in the body, scoped to their top-level section. */
  footnotes: PendingNote[];
  /** How many sections came from headings (not the summary or an untitled opening). */
  headed: number;
}

/** Builds sections and blocks from the summary and body units of a publication titled `title`. */
export function assemble(title: string, summary: readonly Unit[], body: readonly Unit[]): Assembled {
  const out: Assembled = { sections: [], blocks: [], figures: [], references: [], footnotes: [], headed: 0 };
  const boxes = new Map<number, number>();
  let current: number | null = null;

  const root = (section: number | null): number | null => {
    let s = section;
    while (s !== null && out.sections[s]!.parent !== null) s = out.sections[s]!.parent;
    return s;
  };
  const addBlock = (unit: BlockUnit, kind: BlockKind): void => {
    const content = trimFragment(unit.content);
    if (content.text === '') return;
    if (current === null) current = out.sections.push({ title, level: 1, parent: null, kind: 'body' }) - 1;
    const block: ParsedBlock = { kind, text: content.text, spans: content.spans, section: current };
    if (unit.list) block.list = unit.list;
    if (unit.figure) block.figure = unit.figure;
    if (unit.boxId !== undefined) {
      if (!boxes.has(unit.boxId)) boxes.set(unit.boxId, boxes.size + 1);
      block.box = boxes.get(unit.boxId)!;
    }
    const index = out.blocks.push(block) - 1;
    if (kind === 'figure') {
      out.figures.push({ block: index, number: unit.figure!.number, caption: unit.figure!.caption, source: null, sourceBlock: null });
    } else if (kind === 'figure-source') {
      const figure: ParsedFigure | undefined = out.figures.at(-1);
      if (figure && figure.block === index - 1) {
        figure.source = content.text.replace(FIGURE_SOURCE, '').trim() || null;
        figure.sourceBlock = index;
      }
    } else if (kind === 'reference') {
      const group = root(current);
      out.references.push({ block: index, text: content.text, ...parseReference(content), group: group === null ? null : out.sections[group]!.title });
    }
  };
  const addNote = (unit: Extract<Unit, { type: 'note' }>): void => {
    out.footnotes.push({ label: unit.label, content: trimFragment(unit.content), scope: root(current) });
  };

  const summaryBlocks = summary.filter((u) => u.type !== 'heading');
  if (summaryBlocks.some((u) => u.type === 'block')) {
    current = out.sections.push({ title: 'Summary', level: 1, parent: null, kind: 'summary' }) - 1;
    for (const unit of summaryBlocks) {
      if (unit.type === 'note') addNote(unit);
      else if (unit.type === 'block') addBlock(unit, 'summary');
    }
    current = null;
  }

  const tree = inferHeadingTree(body);
  const sectionOfHeading: number[] = [];
  for (const unit of body) {
    if (unit.type === 'heading') {
      const { level, parent } = tree[sectionOfHeading.length]!;
      const section: ParsedSection = {
        title: unit.title.text.trim() || title,
        level,
        parent: parent === null ? null : sectionOfHeading[parent]!,
        kind: REFERENCES_LABEL.test(unit.title.text.trim()) ? 'references' : 'body'
      };
      current = out.sections.push(section) - 1;
      sectionOfHeading.push(current);
      out.headed++;
    } else if (unit.type === 'note') addNote(unit);
    else addBlock(unit, unit.kind);
  }
  return out;
}

/** Blocks of the tail (notes, references, back matter) are not in any section. */
export function tailBlock(kind: BlockKind, content: Fragment): ParsedBlock | null {
  const trimmed = trimFragment(content);
  return trimmed.text === '' ? null : { kind, text: trimmed.text, spans: trimmed.spans, section: null };
}
