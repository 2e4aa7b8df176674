/**
 * Contract methods for citations and export: editing the metadata a citation is made
 * from, copying a passage with a citation in a CSL style, the whole briefing in reference-manager
 * formats, and exporting and importing notes.
 *
 * The metadata schema is also what the core checks a CLI edit against, so the app and the CLI
 * accept exactly the same values and give the same one-line messages.
 */
import { z } from 'zod';
import type { BriefingMetadata, RichText } from '../types';
import { method } from './define';
import { CITATION_STYLE_IDS, METADATA_FIELDS, NOTES_FORMATS, REFERENCE_FORMATS, type MetadataField } from '../citation-formats';
import { BriefingId, UploadedFile } from './library';

export { CITATION_STYLE_IDS, METADATA_FIELDS, NOTES_FORMATS, REFERENCE_FORMATS };

export const CitationStyleId = z.enum(CITATION_STYLE_IDS);
export type CitationStyleId = z.infer<typeof CitationStyleId>;

export const ReferenceFormat = z.enum(REFERENCE_FORMATS);
export type ReferenceFormat = z.infer<typeof ReferenceFormat>;

/** The settings key under which the last style the user chose is remembered. */
export const CITATION_STYLE_SETTING = 'citation.style';

const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "2024", "2024-04" or "2024-04-12" naming a real month and day. */
export function isIsoPartialDate(value: string): boolean {
  const match = ISO_PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

/** True for an absolute http or https URL without spaces. */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const oneLine = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} is longer than ${max} characters`)
    .refine((v) => !/[\r\n]/.test(v), `${field} must be one line`);
const required = (field: string, max: number) => oneLine(field, max).refine((v) => v.length > 0, `${field} is empty`);
const optionalText = (field: string, max: number) =>
  oneLine(field, max)
    .transform((v) => (v === '' ? null : v))
    .nullable();

/** A person ("Jütten, Marc" → `{ family, given }`) or an organisation or unsplittable name (`{ literal }`). */
export const PersonNameInput = z.union([
  z.strictObject({ family: required("an author's family name", 200), given: oneLine("an author's given name", 200).optional() }),
  z.strictObject({ literal: required("an author's name", 300) })
]);

/**
 * Changes to a briefing's metadata; what is left out stays. Empty text clears an optional field.
 * Setting `date` also sets the year.
 */
export const MetadataPatch = z.strictObject({
  title: required('the title', 500).optional(),
  subtitle: optionalText('the subtitle', 500).optional(),
  authors: z.array(PersonNameInput).max(100, 'a briefing has at most 100 authors').optional(),
  date: z
    .string()
    .trim()
    .refine((v) => v === '' || isIsoPartialDate(v), 'the date must be an ISO date: 2024, 2024-04 or 2024-04-12')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  documentType: required('the document type', 100).optional(),
  series: optionalText('the series', 300).optional(),
  publisher: optionalText('the publisher', 300).optional(),
  peNumber: optionalText('the PE number', 64).optional(),
  url: z
    .string()
    .trim()
    .max(2000, 'the URL is longer than 2000 characters')
    .refine((v) => v === '' || isWebUrl(v), 'the URL must be an http:// or https:// address')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'the language must be a BCP 47 tag such as "en" or "pt-BR"')
    .optional()
} satisfies Record<MetadataField, z.ZodType>); // exactly the fields of METADATA_FIELDS
export type MetadataPatch = z.input<typeof MetadataPatch>;
export type ParsedMetadataPatch = z.output<typeof MetadataPatch>;

const Offset = z.number().int().min(0);

/**
 * What to cite: a range of the document text (a selection or a highlight, `start`/`end`), a quote
 * to find, one block, one section, or — with none of these — the whole briefing.
 */
export const CiteRequest = z
  .strictObject({
    briefingId: BriefingId,
    blockId: z.number().int().optional(),
    sectionId: z.number().int().optional(),
    start: Offset.optional(),
    end: Offset.optional(),
    /** With `start`/`end`: the text expected there (stale selections are refused); alone: found in the briefing. */
    quote: z.string().min(1).max(20_000).optional(),
    /** The words just before or after `quote`, to pick one of several occurrences. */
    prefix: z.string().max(1000).optional(),
    suffix: z.string().max(1000).optional(),
    /** Default: the style remembered under `citation.style` (APA the first time). Given, it is remembered. */
    style: CitationStyleId.optional()
  })
  .refine((r) => (r.start === undefined) === (r.end === undefined), 'start and end go together')
  .refine((r) => r.start === undefined || r.end === undefined || r.start < r.end, 'start must be before end');
export type CiteRequest = z.infer<typeof CiteRequest>;

/** A passage (or the whole briefing) with its citation, ready for the clipboard. */
export interface CitationResult {
  style: CitationStyleId;
  /** Plain text: the quotation and its in-text citation, then the reference-list entry. */
  text: string;
  /** The same as HTML (italics kept, citation linked to the passage) for text/html on the clipboard. */
  html: string;
  /** The in-text citation alone: "(Jütten, 2024, Bolivia section, para. 3)". */
  citation: string;
  /** The reference-list entry alone, as plain text. */
  bibliography: string;
  /** The same entry with its styles (the title in italics, in most styles), for showing it. */
  bibliographyRuns: RichText;
  /** `briefing-reader://open?briefing=ID&block=BLOCK_ID[&start=&end=]` (document-text offsets). */
  deepLink: string;
  /** The quoted words, or null when a section or the whole briefing is cited. */
  quote: string | null;
  /** The heading of the section cited or quoted from, or null. */
  sectionTitle: string | null;
  /** The paragraph's number in its section (1-based, as the citation prints it), or null. */
  paragraph: number | null;
}

export interface CitationStyleInfo {
  id: CitationStyleId;
  /** As a menu shows it: "APA (7th edition)". */
  name: string;
}

/** A whole-briefing reference, as text to save or copy. */
export interface ReferenceExport {
  format: ReferenceFormat;
  /** A file name to suggest in a save dialog: "Jutten-2024-EU-cooperation.bib". */
  filename: string;
  mime: string;
  content: string;
}

export const NotesFormat = z.enum(NOTES_FORMATS);
export type NotesFormat = z.infer<typeof NotesFormat>;

/** An exported notes file, as base64 so that the same call works over IPC and HTTP. */
export interface NotesExport {
  /** Suggested file name; the same on every export of the same notes, so that a new export replaces the old file. */
  filename: string;
  mime: string;
  base64: string;
  /** How many annotations and briefings the file holds. */
  notes: number;
  briefings: number;
}

/** What importing a notes file did. */
export interface NotesImport {
  file: string;
  /** Annotations created, and how each was anchored in the briefing as it is now. */
  added: number;
  reanchored: { exact: number; fuzzy: number; orphan: number };
  /** Annotations already in the library (the same file imported before): left as they are. */
  alreadyPresent: number;
  /** Briefings the file names that are not in the library, with how many annotations were skipped. */
  unmatched: Array<{ briefing: string; annotations: number }>;
}

export const citationMethods = {
  /** The bundled styles and the one currently remembered. */
  citationStyles: method<{ styles: CitationStyleInfo[]; current: CitationStyleId }>()(z.strictObject({})),
  cite: method<CitationResult>()(CiteRequest),
  exportReference: method<ReferenceExport>()(z.strictObject({ briefingId: BriefingId, format: ReferenceFormat })),
  /** Edits metadata (authors, date, PE number, URL, …); returns the metadata as saved. */
  updateMetadata: method<BriefingMetadata>()(z.strictObject({ id: BriefingId, patch: MetadataPatch })),
  /** The notes of one briefing, or of the whole library, as a file; citations in `style` (default: the remembered one). */
  exportNotes: method<NotesExport>()(z.strictObject({ briefingId: BriefingId.optional(), format: NotesFormat, style: CitationStyleId.optional() })),
  /** Reads a JSON notes export back: annotations re-anchored on their briefings, none duplicated. */
  importNotes: method<NotesImport>()(z.strictObject({ file: UploadedFile }))
};
