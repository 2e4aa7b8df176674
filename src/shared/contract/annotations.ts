/**
 * Contract methods for annotations: highlights with notes and tags, their drafts, the
 * tag list for autocomplete, updating a briefing to a new edition (which re-anchors them) and the
 * history of an annotated passage across editions.
 *
 * Positions are offsets into the briefing's document text — its blocks' texts joined by "\n\n" —
 * in UTF-16 code units: for a selection in the reader, `block.textStart + offset within block.text`.
 */
import { z } from 'zod';
import { ANNOTATION_COLORS, type AnchorStatus, type Annotation, type AnnotationColor } from '../types';
import { method } from './define';
import { BriefingId, UploadedFile } from './library';

/** The longest note accepted, in UTF-16 units (about ten pages of Markdown). */
export const MAX_NOTE_LENGTH = 20_000;
/** The longest highlighted passage accepted, in UTF-16 units. */
export const MAX_QUOTE_LENGTH = 20_000;
export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 20;

export const AnnotationId = z.string().min(1).max(64);
export const AnnotationColorName = z.enum(ANNOTATION_COLORS);
export const AnchorStatusName = z.enum(['exact', 'fuzzy', 'orphan']);
/** Tags are checked for their syntax by the core, which gives the one-line message. */
const TagList = z.array(z.string().max(200)).max(100);
const Offset = z.number().int().min(0);

/**
 * A new annotation: where (`start`/`end` offsets, or a `quote` to find, optionally with the text
 * just before and after it to pick one of several occurrences), and what.
 */
export const CreateAnnotationInput = z.object({
  briefingId: BriefingId,
  start: Offset.optional(),
  end: Offset.optional(),
  quote: z.string().min(1).max(MAX_QUOTE_LENGTH).optional(),
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  /** Default: yellow. */
  color: AnnotationColorName.optional(),
  tags: TagList.optional()
});
export type CreateAnnotationInput = z.infer<typeof CreateAnnotationInput>;

/** Changes to an annotation; what is left out stays. `tags` replaces the whole set. */
export const UpdateAnnotationInput = z.object({
  id: AnnotationId,
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  color: AnnotationColorName.optional(),
  tags: TagList.optional()
});
export type UpdateAnnotationInput = z.infer<typeof UpdateAnnotationInput>;

export const AnnotationFilter = z.object({
  briefingId: BriefingId.optional(),
  colors: z.array(AnnotationColorName).max(ANNOTATION_COLORS.length).optional(),
  /** Annotations carrying every one of these tags (case-insensitive). */
  tags: TagList.optional(),
  statuses: z.array(AnchorStatusName).max(3).optional(),
  /** Words to find in quotes, notes and tags, folded like search (case and accents ignored), all required. */
  text: z.string().max(1000).optional(),
  /** `position` (default): by briefing title, then reading order, orphans last; or newest first. */
  sort: z.enum(['position', 'created', 'modified']).optional()
});
export type AnnotationFilter = z.infer<typeof AnnotationFilter>;

/**
 * An annotation as lists show it: with the titles of its briefing and section. For an `orphan`,
 * `quote` holds the last words it was attached to and `start`/`end` where they were in the edition
 * it was last anchored in — not offsets into the current text; `blockId` and `sectionId` are null.
 */
export interface AnnotationView extends Annotation {
  briefingTitle: string;
  sectionTitle: string | null;
}

export interface TagCount {
  tag: string;
  /** Live (not deleted) annotations carrying the tag. */
  count: number;
}

/** What the user was typing, kept so that a crash or reload loses nothing. */
export const DraftInput = z.object({
  briefingId: BriefingId,
  /** The annotation whose note is being edited; absent or null for one not created yet. */
  annotationId: AnnotationId.nullable().optional(),
  /** For a new annotation: the selected range (document-text offsets). */
  start: Offset.nullable().optional(),
  end: Offset.nullable().optional(),
  note: z.string().max(MAX_NOTE_LENGTH),
  color: AnnotationColorName.nullable().optional(),
  tags: TagList.optional()
});
export type DraftInput = z.infer<typeof DraftInput>;

export const DraftKey = z.object({ briefingId: BriefingId, annotationId: AnnotationId.nullable().optional() });
export type DraftKey = z.infer<typeof DraftKey>;

export interface AnnotationDraft {
  briefingId: string;
  annotationId: string | null;
  /** The selected range of a new annotation, re-anchored if the briefing got a new edition; null when lost. */
  start: number | null;
  end: number | null;
  /** The selected words of a new annotation. */
  quote: string | null;
  note: string;
  color: AnnotationColor | null;
  tags: string[];
  updated: string;
}

/** What updating a briefing to a new edition did (also `briefing import FILE --update ID --json`). */
export interface EditionUpdate {
  id: string;
  reanchored: { exact: number; fuzzy: number; orphan: number };
}

/** One side of an annotated passage: as it was in an earlier edition, or as it is now. */
export interface PassageVersion {
  edition: number;
  status: AnchorStatus;
  /** The passage's words in that edition; for an orphan, the last words it was attached to. */
  text: string;
  sectionTitle: string | null;
}

export interface AnnotationHistory {
  annotationId: string;
  current: PassageVersion;
  /** Earlier editions this annotation lived through, newest first; empty if it never changed edition. */
  previous: PassageVersion[];
  /**
   * Word by word, from the latest earlier edition's passage to the current one (`same` text
   * throughout when nothing changed); empty when there is no earlier edition.
   */
  changes: Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
}

export const annotationMethods = {
  listAnnotations: method<AnnotationView[]>()(AnnotationFilter),
  getAnnotation: method<AnnotationView>()(z.object({ id: AnnotationId })),
  createAnnotation: method<AnnotationView>()(CreateAnnotationInput),
  updateAnnotation: method<AnnotationView>()(UpdateAnnotationInput),
  /** Soft delete: `restoreAnnotation` undoes it. */
  deleteAnnotation: method<void>()(z.object({ id: AnnotationId })),
  restoreAnnotation: method<AnnotationView>()(z.object({ id: AnnotationId })),
  /** Tags in use with their counts, most used first; `prefix` narrows them for autocomplete. */
  listTags: method<TagCount[]>()(z.object({ prefix: z.string().max(MAX_TAG_LENGTH).optional(), limit: z.number().int().min(1).max(1000).optional() })),
  saveDraft: method<AnnotationDraft>()(DraftInput),
  getDraft: method<AnnotationDraft | null>()(DraftKey),
  /** Every draft of a briefing (or of the library), to offer back after a crash or reload. */
  listDrafts: method<AnnotationDraft[]>()(z.object({ briefingId: BriefingId.optional() })),
  clearDraft: method<void>()(DraftKey),
  /** Replaces a briefing's text with a new edition from a file, keeping its id, metadata edits and annotations. */
  updateBriefingFromFile: method<EditionUpdate>()(z.object({ id: BriefingId, file: UploadedFile })),
  annotationHistory: method<AnnotationHistory>()(z.object({ id: AnnotationId }))
};
