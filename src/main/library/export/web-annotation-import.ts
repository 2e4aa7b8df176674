/**
 * Reading a notes file back: a W3C Web Annotation AnnotationCollection (as web-annotation.ts
 * writes it, or from another tool that speaks the standard), an AnnotationPage, or a list of
 * annotations, turned into plain records — the briefing each one points at and the selectors,
 * note, tags and colour to re-create it with. Pure: finding the briefing and re-anchoring is the
 * importer's job (import-notes.ts).
 *
 * Bad input is refused as a whole, with one line naming the file and the problem, before anything
 * is written.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/types';
import { LibraryError } from '../errors';

/** How an imported annotation names its briefing; any of these may be missing. */
export interface SourceHint {
  /** SHA-256 of the briefing's text (from `urn:sha256:`). */
  contentHash: string | null;
  /** The briefing's web page (the target's scope), or a plain web-address source. */
  url: string | null;
  title: string | null;
  /** The PE number (`dcterms:identifier`). */
  identifier: string | null;
}

export interface ImportedAnnotation {
  /** Our id: the UUID of `urn:uuid:`, or a UUID derived from another tool's id (stable across imports). */
  id: string;
  source: SourceHint;
  quote: string;
  prefix: string;
  suffix: string;
  /** Position in the exported edition's text, or null for an orphan. */
  start: number | null;
  end: number | null;
  note: string;
  tags: string[];
  color: AnnotationColor;
  created: string | null;
  modified: string | null;
}

const MAX_ANNOTATIONS = 100_000;

const Resource = z.union([z.string(), z.looseObject({ id: z.string().optional() })]);
const Selector = z.looseObject({ type: z.string() });
const Target = z.union([
  z.string(),
  z.looseObject({
    source: Resource.optional(),
    selector: z.union([Selector, z.array(Selector)]).optional(),
    scope: Resource.optional(),
    styleClass: z.string().optional()
  })
]);
const Body = z.union([
  z.string(),
  z.looseObject({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    value: z.string().optional(),
    purpose: z.union([z.string(), z.array(z.string())]).optional()
  })
]);
const Annotation = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]),
  created: z.string().optional(),
  modified: z.string().optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([Target, z.array(Target)])
});
type Annotation = z.infer<typeof Annotation>;

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const hasType = (value: { type?: string | string[] }, type: string) => list(value.type).includes(type);

/** A stable UUID for another tool's annotation id, so the same file imported twice matches. */
function derivedUuid(id: string): string {
  const hex = crypto.createHash('sha256').update(id).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function ourId(annotation: Annotation, index: number, fileName: string): string {
  const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(annotation.id ?? '');
  if (uuid) return uuid[1]!.toLowerCase();
  return derivedUuid(annotation.id ?? `${fileName}#${index}`);
}

function sourceHint(target: Exclude<z.infer<typeof Target>, string>): SourceHint {
  const source = target.source;
  const sourceId = typeof source === 'string' ? source : (source?.id ?? '');
  const described = typeof source === 'object' ? (source as Record<string, unknown>) : {};
  const scope = typeof target.scope === 'string' ? target.scope : (target.scope?.id ?? null);
  const text = (key: string) => (typeof described[key] === 'string' ? (described[key] as string) : null);
  const hash = /^urn:sha256:([0-9a-f]{64})$/i.exec(sourceId);
  return {
    contentHash: hash ? hash[1]!.toLowerCase() : null,
    url: scope ?? (/^https?:\/\//i.test(sourceId) ? sourceId : null),
    title: text('dcterms:title') ?? text('title'),
    identifier: text('dcterms:identifier')
  };
}

function colorOf(styleClass: string | undefined): AnnotationColor {
  const name = /(?:^|\s)highlight-([a-z]+)(?:\s|$)/.exec(styleClass ?? '')?.[1];
  return (ANNOTATION_COLORS as readonly string[]).includes(name ?? '') ? (name as AnnotationColor) : 'yellow';
}

function record(annotation: Annotation, index: number, fileName: string, fail: (message: string) => never): ImportedAnnotation {
  const target = list(annotation.target).find((t) => typeof t === 'object');
  if (!target || typeof target === 'string') fail(`annotation ${index + 1} does not say which passage it is on`);
  const selectors = list(target.selector);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || typeof quote.exact !== 'string' || quote.exact === '') fail(`annotation ${index + 1} has no TextQuoteSelector with the quoted words`);
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const validPosition =
    position &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    (position.start as number) >= 0 &&
    (position.start as number) < (position.end as number);
  const bodies = [...list(annotation.body), ...(annotation.bodyValue !== undefined ? [annotation.bodyValue] : [])];
  const texts = bodies.map((b) => (typeof b === 'string' ? { value: b, purpose: [] as string[] } : { value: b.value ?? '', purpose: list(b.purpose) }));
  return {
    id: ourId(annotation, index, fileName),
    source: sourceHint(target),
    quote: quote.exact as string,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
    start: validPosition ? (position.start as number) : null,
    end: validPosition ? (position.end as number) : null,
    note: texts
      .filter((t) => !t.purpose.includes('tagging'))
      .map((t) => t.value)
      .filter((v) => v.trim() !== '')
      .join('\n\n'),
    tags: texts
      .filter((t) => t.purpose.includes('tagging'))
      .map((t) => t.value.trim())
      .filter((v) => v !== ''),
    color: colorOf(target.styleClass),
    created: annotation.created ?? null,
    modified: annotation.modified ?? annotation.created ?? null
  };
}

/** The annotations of a parsed JSON document: collection (first page and any embedded next pages), page, list or one. */
function annotationsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const value = json as { type?: string | string[]; first?: unknown; items?: unknown; next?: unknown };
  if (hasType(value, 'AnnotationCollection')) {
    const items: unknown[] = [];
    for (let page = value.first; page && typeof page === 'object'; page = (page as { next?: unknown }).next) {
      items.push(...list((page as { items?: unknown[] }).items));
    }
    return items;
  }
  if (hasType(value, 'AnnotationPage')) return list(value.items as unknown[]);
  if (hasType(value, 'Annotation')) return [json];
  return null;
}

/**
 * Reads a notes file's text.
 *
 * @throws LibraryError `Import notes: "notes.json" …` when the file is not JSON, holds no Web
 * Annotations, or an annotation lacks the quote it is anchored by.
 */
export function parseWebAnnotations(text: string, fileName: string): ImportedAnnotation[] {
  const fail = (message: string): never => {
    throw new LibraryError(`Import notes: ${JSON.stringify(fileName)} ${message}`, 'invalid-input');
  };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('is not JSON');
  }
  const items = annotationsOf(json);
  if (!items) return fail('is not a W3C Web Annotation collection, page or annotation');
  if (items.length > MAX_ANNOTATIONS) fail(`holds ${items.length} annotations; the limit is ${MAX_ANNOTATIONS}`);
  return items.map((item, index) => {
    const parsed = Annotation.safeParse(item);
    if (!parsed.success || !hasType(parsed.data, 'Annotation')) {
      const where = parsed.success ? 'type' : parsed.error.issues[0]!.path.join('.') || 'type';
      return fail(`annotation ${index + 1} is not a Web Annotation (${where})`);
    }
    return record(parsed.data, index, fileName, fail);
  });
}
