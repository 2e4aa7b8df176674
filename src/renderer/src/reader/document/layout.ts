/**
 * How a briefing is laid out for reading, computed once per document: the summary set apart, the
 * body sections in reading order with their blocks grouped (consecutive list items into a list, a
 * figure caption with its source line, a side box with its blocks), then the end matter — notes,
 * references, and the back matter (disclaimer, copyright, contacts) — and the table of contents
 * that names all of it. Pure data; Article.tsx renders it.
 */
import type { BlockInfo, BriefingDocument, FigureInfo, SectionInfo } from '../../../../shared/types';

export type ArticleItem =
  | { type: 'block'; block: BlockInfo }
  | { type: 'list'; ordered: boolean; items: BlockInfo[] }
  | { type: 'figure'; caption: BlockInfo; source: BlockInfo | null; figure: FigureInfo | null }
  | { type: 'box'; box: number; title: BlockInfo | null; items: ArticleItem[] };

export interface ArticleSection {
  /** DOM id of the section's heading, the target of the table of contents. */
  anchor: string;
  section: SectionInfo;
  items: ArticleItem[];
  /**
   * The heading only repeats the briefing's title, just above it (an At a glance note opens with
   * its title as a heading): kept for the contents and screen readers, not shown twice.
   */
  repeatsTitle: boolean;
}

export interface ReferenceGroup {
  title: string | null;
  blocks: BlockInfo[];
}

export interface TocEntry {
  anchor: string;
  title: string;
  /** 1 for top-level entries. */
  level: number;
  /** Section id, or null for the end-matter parts, which are not sections. */
  sectionId: number | null;
}

export interface ArticleLayout {
  summary: ArticleSection | null;
  /** Blocks before the first section that belong to none (a byline under the title). */
  lead: ArticleItem[];
  sections: ArticleSection[];
  notes: BlockInfo[];
  references: ReferenceGroup[];
  /** The references' heading, the same in the text and in the contents. */
  referencesTitle: string;
  /** The back matter's own heading when the source prints one ("DISCLAIMER AND COPYRIGHT"). */
  backMatterHeading: BlockInfo | null;
  backMatter: BlockInfo[];
  toc: TocEntry[];
  /** Words in the body, for the reading-time estimate. */
  words: number;
}

export const END_ANCHORS = { notes: 'notes', references: 'references', about: 'about-this-document' } as const;

/** Endnotes, not "Notes": that is the name of the view of the user's own notes. */
export const ENDNOTES_TITLE = 'Endnotes';

/** "Main references" for one untitled list (as EPRS heads it), "References" over titled groups. */
export function referencesTitle(groups: readonly ReferenceGroup[]): string {
  return groups.length === 1 && groups[0]?.title === null ? 'Main references' : 'References';
}

const comparable = (title: string) => title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function sectionAnchor(id: number): string {
  return `section-${id}`;
}

/** Lays out `doc` for the reading view. */
export function buildLayout(doc: BriefingDocument): ArticleLayout {
  const figuresByBlock = new Map(doc.figures.map((f) => [f.blockId, f]));
  const referenceGroupOf = new Map(doc.references.map((r) => [r.blockId, r.group]));
  const blocksBySection = new Map<number, BlockInfo[]>();
  const lead: BlockInfo[] = [];
  const notes: BlockInfo[] = [];
  const referenceBlocks: BlockInfo[] = [];
  const backMatter: BlockInfo[] = [];
  let seenSection = false;
  let words = 0;

  for (const block of doc.blocks) {
    if (block.sectionId !== null) {
      seenSection = true;
      words += countWords(block.text);
      const list = blocksBySection.get(block.sectionId);
      if (list) list.push(block);
      else blocksBySection.set(block.sectionId, [block]);
    } else if (block.kind === 'note') notes.push(block);
    else if (block.kind === 'reference') referenceBlocks.push(block);
    else if (!seenSection && block.kind !== 'back-matter') lead.push(block);
    else backMatter.push(block);
  }

  const toArticleSection = (section: SectionInfo, index = -1): ArticleSection => ({
    anchor: sectionAnchor(section.id),
    section,
    items: groupItems(blocksBySection.get(section.id) ?? [], figuresByBlock),
    repeatsTitle: index === 0 && comparable(section.title) === comparable(doc.metadata.title)
  });
  const summarySection = doc.sections.find((s) => s.kind === 'summary');
  const summary = summarySection ? toArticleSection(summarySection) : null;
  const sections = doc.sections.filter((s) => s !== summarySection).map((s, i) => toArticleSection(s, i));
  const references = groupReferences(referenceBlocks, referenceGroupOf);
  const backMatterHeading = backMatter[0] && isHeadingLine(backMatter[0].text) ? backMatter[0] : null;
  const backMatterBody = backMatterHeading ? backMatter.slice(1) : backMatter;

  const toc: TocEntry[] = [
    ...(summary ? [{ anchor: summary.anchor, title: summary.section.title, level: 1, sectionId: summary.section.id }] : []),
    ...sections.map((s) => ({ anchor: s.anchor, title: s.section.title, level: s.section.level, sectionId: s.section.id })),
    ...(notes.length > 0 ? [{ anchor: END_ANCHORS.notes, title: ENDNOTES_TITLE, level: 1, sectionId: null }] : []),
    ...(references.length > 0 ? [{ anchor: END_ANCHORS.references, title: referencesTitle(references), level: 1, sectionId: null }] : []),
    ...(backMatter.length > 0 ? [{ anchor: END_ANCHORS.about, title: backMatterHeading?.text ?? 'About this document', level: 1, sectionId: null }] : [])
  ];

  return {
    summary,
    lead: groupItems(lead, figuresByBlock),
    sections,
    notes,
    references,
    referencesTitle: referencesTitle(references),
    backMatterHeading,
    backMatter: backMatterBody,
    toc,
    words
  };
}

/** Groups a run of blocks: list items into lists, a caption with its source, a box with its blocks. */
export function groupItems(blocks: readonly BlockInfo[], figuresByBlock: ReadonlyMap<number, FigureInfo>): ArticleItem[] {
  const items: ArticleItem[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.box !== undefined) {
      const inBox: BlockInfo[] = [];
      while (i < blocks.length && blocks[i]!.box === block.box) inBox.push(blocks[i++]!);
      i--;
      const title = inBox[0]?.kind === 'box-title' ? inBox[0] : null;
      const rest = inBox.filter((b) => b !== title).map((b) => ({ ...b, box: undefined }));
      items.push({ type: 'box', box: block.box, title, items: groupItems(rest, figuresByBlock) });
    } else if (block.kind === 'list-item') {
      const ordered = block.list?.ordered ?? false;
      const last = items[items.length - 1];
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(block);
      else items.push({ type: 'list', ordered, items: [block] });
    } else if (block.kind === 'figure') {
      const next = blocks[i + 1];
      const source = next?.kind === 'figure-source' && next.box === block.box ? next : null;
      if (source) i++;
      items.push({ type: 'figure', caption: block, source, figure: figuresByBlock.get(block.id) ?? null });
    } else {
      items.push({ type: 'block', block });
    }
  }
  return items;
}

function groupReferences(blocks: BlockInfo[], groupOf: ReadonlyMap<number, string | null>): ReferenceGroup[] {
  const groups: ReferenceGroup[] = [];
  for (const block of blocks) {
    const title = groupOf.get(block.id) ?? null;
    const last = groups[groups.length - 1];
    if (last && last.title === title) last.blocks.push(block);
    else groups.push({ title, blocks: [block] });
  }
  return groups;
}

/** A short line in capitals, as publishers print the heading of their back matter. */
function isHeadingLine(text: string): boolean {
  return text.length <= 80 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}
