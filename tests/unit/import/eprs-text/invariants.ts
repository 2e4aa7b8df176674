/**
 * What every `ParsedBriefing` must satisfy whatever the input, so that the store can write it and
 * the reader can show it: a well-formed section tree, blocks with text, spans inside their text,
 * figures and references that point at the right blocks, note calls that lead to a note.
 * Returns the list of broken rules (empty when all hold), so a failing case says what broke.
 */
import type { InlineSpan, ParsedBriefing } from '../../../../src/main/library/model';

const SECTIONLESS = new Set(['note', 'back-matter']);

export function invariantViolations(parsed: ParsedBriefing): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => void problems.push(message);
  if (typeof parsed.metadata.title !== 'string' || parsed.metadata.title.trim() === '') fail('the title is empty');

  parsed.sections.forEach((section, i) => {
    if (section.title.trim() === '') fail(`section ${i} has an empty title`);
    if (section.parent === null) {
      if (section.level !== 1) fail(`top-level section ${i} has level ${section.level}`);
    } else {
      const parent = parsed.sections[section.parent];
      if (section.parent >= i || !parent) fail(`section ${i} names parent ${section.parent}, which does not come before it`);
      else if (section.level !== parent.level + 1) fail(`section ${i} has level ${section.level} under a level-${parent.level} parent`);
    }
  });

  const noteLabels = new Set(parsed.blocks.flatMap((b) => (b.kind === 'note' && b.note ? [b.note.label] : [])));
  parsed.blocks.forEach((block, i) => {
    if (block.text.trim() === '') fail(`block ${i} has no text`);
    if (block.text !== block.text.trim()) fail(`block ${i} has white space at an end`);
    if (block.section !== null && (block.section < 0 || block.section >= parsed.sections.length)) fail(`block ${i} names section ${block.section}`);
    if (SECTIONLESS.has(block.kind) && block.section !== null) fail(`${block.kind} block ${i} is in a section`);
    if (block.section === null && !SECTIONLESS.has(block.kind) && block.kind !== 'reference') fail(`${block.kind} block ${i} has no section`);
    if (block.kind === 'note' && !block.note?.label) fail(`note block ${i} has no label`);
    if (block.box !== undefined && !(Number.isInteger(block.box) && block.box >= 1)) fail(`block ${i} has box ${block.box}`);
    for (const span of block.spans) {
      if (!(span.start >= 0 && span.start < span.end && span.end <= block.text.length)) {
        fail(`block ${i} has a ${span.kind} span ${span.start}–${span.end} outside its ${block.text.length} characters`);
      }
      if (span.kind === 'note-ref' && !noteLabels.has(span.label)) fail(`block ${i} calls note "${span.label}", which does not exist`);
    }
    problems.push(...crossingSpans(block.spans).map((pair) => `block ${i} has spans that cross: ${pair}`));
  });

  for (const figure of parsed.figures) {
    if (parsed.blocks[figure.block]?.kind !== 'figure') fail(`figure ${figure.number} points at block ${figure.block}, not a figure caption`);
    if (figure.sourceBlock !== null && parsed.blocks[figure.sourceBlock]?.kind !== 'figure-source') {
      fail(`figure ${figure.number} points at source block ${figure.sourceBlock}, not a figure source`);
    }
  }
  for (const reference of parsed.references) {
    if (parsed.blocks[reference.block]?.kind !== 'reference') fail(`a reference points at block ${reference.block}, not a reference`);
    if (reference.year !== null && !Number.isInteger(reference.year)) fail(`a reference has year ${reference.year}`);
  }
  return problems;
}

/**
 * Spans may nest (a link inside bold text) but never cross, and a link never overlaps another
 * link, nor a note call another note call: each character leads to one place at most.
 */
function crossingSpans(spans: readonly InlineSpan[]): string[] {
  const problems: string[] = [];
  const show = (s: InlineSpan): string => `${s.kind} ${s.start}–${s.end}`;
  // Sorted by start, longest first, spans that never cross form a tree: each one lies inside the
  // open span before it or after it. A stack of the open spans checks that in one pass.
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: InlineSpan[] = [];
  for (const span of sorted) {
    while (open.length > 0 && open.at(-1)!.end <= span.start) open.pop();
    const parent = open.at(-1);
    if (parent && span.end > parent.end) problems.push(`${show(parent)} and ${show(span)}`);
    const exclusive = span.kind === 'link' || span.kind === 'note-ref';
    const clash = exclusive ? open.find((o) => o.kind === span.kind) : undefined;
    if (clash) problems.push(`${show(clash)} and ${show(span)}`);
    open.push(span);
  }
  return problems;
}
