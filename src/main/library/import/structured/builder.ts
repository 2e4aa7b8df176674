/**
 * Builds a `ParsedBriefing` from the stream of headings, blocks, figures and notes that a walker
 * over a structured document (a Markdown tree, an HTML article) produces in reading order.
 *
 * Formats that carry their own structure share it: heading depths as written become a
 * well-formed section tree (a `###` straight under a `#` is that section's child, level 2, not a
 * level-3 orphan); text before the first heading gets a section, "Introduction"; notes
 * go after the body, in the order of their numbers, outside any section.
 */
import type { BlockKind, BriefingMetadata, ParsedBlock, ParsedBriefing, ParsedFigure, ParsedSection } from '../../model';
import type { Fragment } from '../eprs-text/inline';

/** A caption that prints its own number: "Figure 3 – Seizures", "Map 2: Basins", "Table 1. Funding". */
const PRINTED_NUMBER = /^(?:Figure|Fig\.|Chart|Graph|Map|Table|Infographic)\s+(\d{1,3}[a-z]?)\s*[–—:.-]\s*(\S.*)$/i;

export interface BlockExtras {
  list?: { ordered: boolean; marker?: string };
}

export class BriefingBuilder {
  private readonly sections: ParsedSection[] = [];
  private readonly blocks: ParsedBlock[] = [];
  private readonly figures: ParsedFigure[] = [];
  private readonly notes: Array<{ label: string; content: Fragment }> = [];
  /** Open headings by the depth they were written at, outermost first. */
  private readonly open: Array<{ depth: number; section: number }> = [];
  private current: number | null = null;
  /** The section made for text before the first heading; it is named when the title is known. */
  private opening: number | null = null;

  /** A heading of `depth` (1 for `#` or `<h1>`) titled `title`; an empty title is ignored. */
  heading(depth: number, title: string): void {
    const text = title.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    while (this.open.length > 0 && this.open.at(-1)!.depth >= depth) this.open.pop();
    const parent = this.open.at(-1)?.section ?? null;
    const section = this.sections.push({ title: text, level: this.open.length + 1, parent, kind: 'body' }) - 1;
    this.open.push({ depth, section });
    this.current = section;
  }

  /** A block of `kind` in the current section; an empty one is left out. */
  block(kind: BlockKind, content: Fragment, extras: BlockExtras = {}): number | null {
    if (content.text === '') return null;
    const block: ParsedBlock = { kind, text: content.text, spans: content.spans, section: this.sectionForBlock() };
    if (extras.list) block.list = extras.list;
    return this.blocks.push(block) - 1;
  }

  /**
   * A figure: an image (never stored — see the README) with its caption. A caption that prints
   * its number keeps it; others are numbered in order from 1, and one without a caption is shown
   * as "Figure N".
   */
  figure(caption: Fragment): void {
    const printed = PRINTED_NUMBER.exec(caption.text);
    const number = printed?.[1] ?? String(this.figures.length + 1);
    const content = caption.text === '' ? { text: `Figure ${number}`, spans: [] } : caption;
    const title = printed?.[2] ?? content.text;
    const block = this.blocks.push({
      kind: 'figure',
      text: content.text,
      spans: content.spans,
      section: this.sectionForBlock(),
      figure: { number, caption: title }
    });
    this.figures.push({ block: block - 1, number, caption: title, source: null, sourceBlock: null });
  }

  /** A note (footnote or endnote) labelled as its calls are; empty notes are left out. */
  note(label: string, content: Fragment): void {
    if (content.text !== '') this.notes.push({ label, content });
  }

  get hasText(): boolean {
    return this.blocks.length > 0;
  }

  /** The labels of the notes added so far, so a walker can drop calls to notes that never came. */
  get noteLabels(): Set<string> {
    return new Set(this.notes.map((n) => n.label));
  }

  /** The briefing, with the opening section (if any) named. */
  build(metadata: BriefingMetadata, warnings: string[]): ParsedBriefing {
    if (this.opening !== null) this.sections[this.opening]!.title = metadata.title;
    // Under the document's own title, a first section of the same name (the untitled opening, or
    // the page's <h1> that Readability keeps) would read twice: it is the introduction when other
    // sections follow; alone, it is the whole text and keeps the name.
    const first = this.sections[0];
    if (first && first.title === metadata.title && this.sections.length > 1) first.title = 'Introduction';
    const labels = this.noteLabels;
    const body = this.blocks.map((block) => ({
      ...block,
      spans: block.spans.filter((s) => s.kind !== 'note-ref' || labels.has(s.label))
    }));
    const notes = [...this.notes]
      .sort((a, b) => Number(a.label) - Number(b.label))
      .map((n): ParsedBlock => ({
        kind: 'note',
        text: n.content.text,
        spans: n.content.spans.filter((s) => s.kind !== 'note-ref'),
        section: null,
        note: { label: n.label }
      }));
    return { metadata, inThisBriefing: [], sections: this.sections, blocks: [...body, ...notes], figures: this.figures, references: [], warnings };
  }

  private sectionForBlock(): number {
    if (this.current === null) {
      this.opening = this.sections.push({ title: '', level: 1, parent: null, kind: 'body' }) - 1;
      this.current = this.opening;
    }
    return this.current;
  }
}
