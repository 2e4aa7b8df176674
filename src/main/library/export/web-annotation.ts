/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
 * with the annotations embedded in its first AnnotationPage — for backup, for moving to another
 * computer (import-notes reads it back), and for any tool that speaks the standard.
 *
 * Each annotation targets its briefing by content, not by this library's id, so that it finds the
 * same briefing on another laptop: the target's source is `urn:sha256:<hash of the briefing's
 * text>`, described with its title and PE number (Dublin Core terms, in the annotation context),
 * with the briefing's web page as scope. The passage is a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector — offsets in UTF-16 code units over the briefing's text, its
 * blocks joined by a blank line (docs/DESIGN.md). An orphan keeps only its quote. The note is a
 * TextualBody in text/markdown (purpose commenting) after the note policy, each tag a TextualBody with purpose tagging,
 * the colour a CSS class on the target with the stylesheet that defines it.
 */
import crypto from 'node:crypto';
import { authorNames, HIGHLIGHT_HEX, type NoteEntry, type NotesBriefing, type NotesBundle } from './bundle';
import { policedNoteSource } from './note-markdown';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The IRI of an annotation: `urn:uuid:` for our UUIDs. */
export function annotationIri(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:briefing-reader:annotation:${encodeURIComponent(id)}`;
}

/** The IRI that identifies a briefing's text wherever it is: `urn:sha256:<hex>`. */
export function sourceIri(contentHash: string): string {
  return `urn:sha256:${contentHash}`;
}

const STYLESHEET = {
  type: 'CssStylesheet',
  value: Object.entries(HIGHLIGHT_HEX)
    .map(([name, hex]) => `.highlight-${name} { background-color: #${hex}; }`)
    .join(' ')
};

function annotation(briefing: NotesBriefing, note: NoteEntry): Record<string, unknown> {
  const m = briefing.metadata;
  const bodies: Array<Record<string, unknown>> = [];
  if (note.note.trim() !== '') {
    bodies.push({ type: 'TextualBody', value: policedNoteSource(note.note), format: 'text/markdown', language: m.language, purpose: 'commenting' });
  }
  for (const tag of note.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selectors: Array<Record<string, unknown>> = [{ type: 'TextQuoteSelector', exact: note.quote, prefix: note.prefix, suffix: note.suffix }];
  if (note.status !== 'orphan') selectors.push({ type: 'TextPositionSelector', start: note.start, end: note.end });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationIri(note.id),
    type: 'Annotation',
    motivation: note.note.trim() === '' ? 'highlighting' : 'commenting',
    created: note.created,
    modified: note.modified,
    ...(bodies.length > 0 ? { body: bodies.length === 1 ? bodies[0] : bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: {
        id: sourceIri(briefing.contentHash),
        type: 'Text',
        format: 'text/plain',
        language: m.language,
        'dcterms:title': m.title,
        ...(m.peNumber ? { 'dcterms:identifier': m.peNumber } : {}),
        ...(m.authors.length > 0 ? { 'dcterms:creator': authorNames(m) } : {})
      },
      ...(m.url ? { scope: m.url } : {}),
      styleClass: `highlight-${note.color}`,
      selector: selectors
    },
    stylesheet: STYLESHEET
  };
}

/**
 * The bundle as an AnnotationCollection. `id` names the collection (a fresh `urn:uuid:` when left
 * out); the embedded page is `<id>#page-1`.
 */
export function buildWebAnnotations(bundle: NotesBundle, id: string = `urn:uuid:${crypto.randomUUID()}`): Record<string, unknown> {
  const items = bundle.briefings.flatMap((briefing) => briefing.notes.map((note) => annotation(briefing, note)));
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: bundle.title,
    total: items.length,
    created: bundle.generated,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items }
  };
}
