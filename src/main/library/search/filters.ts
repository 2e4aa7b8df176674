/**
 * Turns the filters of a search — given as structured `filters` and/or typed in the query
 * (`briefing:`, `in:`, `type:`, `year:`, `is:highlight`, `has:note`) — into one predicate over
 * block ids, plus the range of block ids that can pass it (so a search inside one briefing reads
 * only that briefing's postings).
 */
import type { SearchFilters } from '../../../shared/contract/search';
import { foldText } from '../../../shared/text';
import type { AnnotationView } from './annotations';
import type { DocTable } from './doc-table';
import type { PostingsReader } from './postings-reader';
import type { ParsedQuery } from './query-parser';
import { termsOf } from './tokenizer';
import type { Vocabulary } from './vocabulary';

export interface ResolvedFilters {
  /** The filters as applied, for the query reading. */
  filters: SearchFilters;
  /** Null when nothing is filtered. */
  allowed: ((doc: number) => boolean) | null;
  range: [number, number] | null;
  notes: string[];
}

export interface FilterContext {
  docs: DocTable;
  vocab: Vocabulary;
  reader: PostingsReader;
  annotations: () => AnnotationView;
}

export function resolveFilters(structured: SearchFilters | undefined, parsed: ParsedQuery, ctx: FilterContext): ResolvedFilters {
  const notes: string[] = [];
  const filters: SearchFilters = { ...structured };
  const inline = parsed.filters;
  if (inline.documentTypes) filters.documentTypes = [...(filters.documentTypes ?? []), ...inline.documentTypes];
  if (inline.yearFrom !== undefined) filters.yearFrom = inline.yearFrom;
  if (inline.yearTo !== undefined) filters.yearTo = inline.yearTo;
  if (inline.annotated) filters.annotated = inline.annotated;

  for (const ref of parsed.briefingRefs) {
    const ids = [...ctx.docs.briefingsById.keys()].filter((id) => id === ref || (ref.length >= 3 && id.startsWith(ref)));
    if (ids.length === 0) notes.push(`No briefing has the id "${ref}".`);
    filters.briefingIds = [...(filters.briefingIds ?? []), ...(ids.length > 0 ? ids : [ref])];
  }

  let headingBlocks: Set<number> | null = null;
  for (const title of parsed.sectionTitles) {
    const blocks = blocksUnderHeading(title, ctx);
    if (blocks.size === 0) notes.push(`No section heading contains "${title}".`);
    headingBlocks = headingBlocks ? intersect(headingBlocks, blocks) : blocks;
  }

  const briefingNums = filters.briefingIds ? new Set(filters.briefingIds.map((id) => ctx.docs.briefingsById.get(id)?.num ?? -1)) : null;
  const types = filters.documentTypes ? new Set(filters.documentTypes.map((t) => foldText(t.trim()))) : null;
  const { yearFrom, yearTo } = filters;
  const briefingOk = new Map<number, boolean>();
  for (const info of ctx.docs.briefings.values()) {
    let ok = !briefingNums || briefingNums.has(info.num);
    if (ok && types) ok = types.has(foldText(info.documentType));
    if (ok && (yearFrom !== undefined || yearTo !== undefined)) {
      ok = info.year !== null && (yearFrom === undefined || info.year >= yearFrom) && (yearTo === undefined || info.year <= yearTo);
    }
    briefingOk.set(info.num, ok);
  }
  const sections = filters.sectionIds ? new Set(filters.sectionIds) : null;
  const annotated = filters.annotated ? (filters.annotated === 'notes' ? ctx.annotations().noted : ctx.annotations().highlighted) : null;

  const byBriefing = briefingNums || types || yearFrom !== undefined || yearTo !== undefined;
  if (!byBriefing && !sections && !annotated && !headingBlocks) return { filters, allowed: null, range: null, notes };

  const { docs } = ctx;
  const allowed = (doc: number): boolean =>
    (!byBriefing || briefingOk.get(docs.briefing[doc]!) === true) &&
    (!sections || sections.has(docs.section[doc]!)) &&
    (!annotated || annotated.has(doc)) &&
    (!headingBlocks || headingBlocks.has(doc));

  let range: [number, number] | null = null;
  if (byBriefing) {
    for (const [num, ok] of briefingOk) {
      const r = ok ? docs.briefingRange.get(num) : undefined;
      if (r) range = range ? [Math.min(range[0], r[0]), Math.max(range[1], r[1])] : [r[0], r[1]];
    }
    range ??= [1, 0];
  }
  return { filters, allowed, range, notes };
}

/** Blocks whose section heading contains every word of `title` (accents and case ignored). */
function blocksUnderHeading(title: string, ctx: FilterContext): Set<number> {
  let result: Set<number> | null = null;
  for (const term of termsOf(title)) {
    const id = ctx.vocab.id(term);
    const blocks = new Set<number>();
    if (id !== undefined) {
      const postings = ctx.reader.get(id);
      postings.docs.forEach((doc, i) => {
        if (postings.flags[i]! & 2) blocks.add(doc);
      });
    }
    result = result ? intersect(result, blocks) : blocks;
  }
  return result ?? new Set();
}

function intersect(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}
