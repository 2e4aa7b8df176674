/**
 * The importer for the plain-text EPRS layout: the text form of European Parliamentary Research
 * Service publications (briefings, at-a-glance notes, in-depth analyses) — a title line, a SUMMARY,
 * an "IN THIS BRIEFING" list, headings and paragraphs on lines of their own, `[text](#)` links,
 * `[^N]` notes, and the disclaimer and contact lines at the end.
 *
 * The work is a pipeline of small steps, each in its own module:
 * lines (what shape each line has) → regions (title, imprint, contents, summary, list, body,
 * tail) → units (what each body line is, in context) → rejoin (paragraphs split by page breaks)
 * → boxes (side boxes wedged into lists) → assemble, with headings (the heading tree) → notes
 * (calls matched to definitions) → references and metadata.
 *
 * It is also the fallback for any plain text: a text with none of the structure above imports as
 * one section, with a warning that says so. It never throws on decoded text.
 */
import type { BriefingParser, ParsedBlock, ParsedBriefing } from '../../model';
import { assemble, tailBlock } from './assemble';
import { rejoinPageBreaks } from './rejoin';
import { joinFragments, trimFragment, type Fragment } from './inline';
import { readLines, type Line } from './lines';
import { deriveMetadata } from './metadata';
import { resolveNotes, type PendingNote } from './notes';
import { parseReference } from './references';
import { comparable, splitRegions } from './regions';
import { liftListBoxes } from './boxes';
import { readBody } from './units';
import { titleFromFileName } from '../structured/file-title';

/** The plain-text EPRS importer as the registry knows it. */
export const eprsTextParser: BriefingParser = {
  name: 'eprs-text',
  /** Plain text is this parser's to read: it is the format of last resort. */
  sniff: () => true,
  parse: parseEprsText
};

/** Parses the decoded text of a publication. */
export function parseEprsText(text: string, fileName: string): ParsedBriefing {
  const lines = readLines(text);
  const regions = splitRegions(lines);
  const title = regions.title?.content.text.trim() || titleFromFileName(fileName);
  const front = regions.front.map((l) => l.content.text);

  let boxes = 0;
  const newBoxId = (): number => ++boxes;
  const context = { inThisBriefing: regions.inThisBriefing, toc: regions.toc, frontText: front.join('\n') };
  const summary = rejoinPageBreaks(readBody(regions.summary, { inThisBriefing: [], toc: [], frontText: '' }), newBoxId);
  const body = liftListBoxes(rejoinPageBreaks(readBody(regions.body, context), newBoxId), newBoxId);
  const assembled = assemble(title, summary, body);

  const mainReferences = regions.references.flatMap((line) => tailBlock('reference', line.content) ?? []);
  const backMatter = [...regions.front, ...regions.back].flatMap((line) => tailBlock('back-matter', line.content) ?? []);
  const withCalls = [...assembled.blocks, ...mainReferences, ...backMatter];
  const notes = resolveNotes(withCalls, [...assembled.footnotes, ...endnotes(regions.notes)], {
    blockScope: withCalls.map((b) => rootOf(assembled.sections, b.section)),
    scopeName: (scope) => /^(\d{1,3})[.)]?\s/.exec(assembled.sections[scope]!.title)?.[1] ?? String(rootOrdinal(assembled.sections, scope))
  });
  const blocks = [...assembled.blocks, ...notes, ...mainReferences, ...backMatter];
  const firstMainReference = assembled.blocks.length + notes.length;
  const references = [
    ...assembled.references,
    ...mainReferences.map((block, k) => ({ block: firstMainReference + k, text: block.text, ...parseReference(block), group: null }))
  ];

  return {
    metadata: deriveMetadata({
      title,
      front,
      back: regions.back.map((l) => l.content.text),
      hasSummary: regions.summary.length > 0,
      bodyWords: () => blocks.reduce((n, b) => (b.section === null ? n : n + countWords(b.text)), 0)
    }),
    inThisBriefing: regions.inThisBriefing,
    sections: assembled.sections,
    blocks,
    figures: assembled.figures,
    references,
    warnings: warnings(
      regions,
      assembled.headed,
      assembled.sections.map((s) => s.title),
      blocks
    )
  };
}

/**
 * Endnotes of the tail; a line that is not a definition continues the note before it. A definition
 * may be empty (`[^2]:` with its text on the next line), so empty parts are left out of the join
 * and the note is trimmed: a note's text never starts or ends with the separator.
 */
function endnotes(lines: readonly Line[]): PendingNote[] {
  const notes: Array<{ label: string; parts: Fragment[] }> = [];
  for (const line of lines) {
    if (line.note) notes.push({ label: line.note.label, parts: [line.content] });
    else notes.at(-1)?.parts.push(line.content);
  }
  return notes.map((note) => {
    const parts = note.parts.map(trimFragment).filter((part) => part.text !== '');
    return { label: note.label, content: joinFragments(parts, ' '), scope: null };
  });
}

function warnings(regions: ReturnType<typeof splitRegions>, headed: number, titles: string[], blocks: ParsedBlock[]): string[] {
  const found = new Set(titles.map(comparable));
  const result: string[] = [];
  if (headed === 0 && regions.summary.length === 0 && regions.inThisBriefing.length === 0 && regions.toc.length === 0 && blocks.length > 0) {
    result.push('No headings, summary or contents list were recognised, so the text was imported as one section.');
  }
  for (const item of [...regions.inThisBriefing, ...regions.toc]) {
    if (!found.has(comparable(item))) result.push(`The contents list names "${item}", but no heading with that title was found.`);
  }
  return result;
}

function rootOf(sections: ParsedBriefing['sections'], section: number | null): number | null {
  let s = section;
  while (s !== null && sections[s]!.parent !== null) s = sections[s]!.parent;
  return s;
}

function rootOrdinal(sections: ParsedBriefing['sections'], scope: number): number {
  return sections.slice(0, scope + 1).filter((s) => s.parent === null).length;
}

function countWords(text: string): number {
  let words = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 32) words++;
  return words + 1;
}
