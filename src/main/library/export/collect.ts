/**
 * Fills a `NotesBundle` from the library: the annotations of one briefing (or of every annotated
 * briefing), in reading order, each cited at its own section and paragraph in the chosen style.
 */
import type { CitationStyleId } from '../../../shared/contract/citations';
import type { AnnotationView } from '../../../shared/contract/annotations';
import { AnnotationService } from '../annotations/service';
import { cslItem } from '../cite/csl-item';
import { passageLink } from '../cite/deep-link';
import { cslPinpoint, locateBlock, NO_LOCATION } from '../cite/locator';
import { citationStyle, renderBibliography, renderCitation } from '../cite/styles';
import type { Library } from '../library';
import { getBriefingRow } from '../store/briefings';
import type { NoteEntry, NotesBriefing, NotesBundle } from './bundle';

function briefingNotes(library: Library, briefingId: string, annotations: readonly AnnotationView[], styleId: CitationStyleId): NotesBriefing {
  const doc = library.get(briefingId);
  const style = citationStyle(styleId);
  const item = cslItem(doc.id, doc.metadata);
  const notes = annotations.map((a): NoteEntry => {
    const block = a.status === 'orphan' ? undefined : doc.blocks.find((b) => b.id === a.blockId);
    const location = block ? locateBlock(doc, block) : NO_LOCATION;
    const { briefingTitle: _title, sectionTitle, ...annotation } = a;
    return {
      ...annotation,
      sectionTitle: block ? sectionTitle : null,
      paragraph: location.paragraph,
      citation: renderCitation(item, style, cslPinpoint(location, style)),
      deepLink: passageLink(doc.id, block?.id, block ? { start: a.start, end: a.end } : undefined)
    };
  });
  return {
    id: doc.id,
    metadata: doc.metadata,
    contentHash: getBriefingRow(library.db, doc.id).content_hash,
    deepLink: passageLink(doc.id),
    reference: renderBibliography(item, style),
    notes
  };
}

/**
 * The notes of briefing `briefingId`, or of every briefing that has notes when it is left out,
 * cited in `style`.
 */
export function collectNotes(library: Library, options: { briefingId?: string; style: CitationStyleId; now?: string }): NotesBundle {
  const briefingId = options.briefingId === undefined ? undefined : library.resolveId(options.briefingId);
  const annotations = new AnnotationService(library).list({ briefingId, sort: 'position' });
  const byBriefing = new Map<string, AnnotationView[]>(briefingId ? [[briefingId, []]] : []);
  for (const a of annotations) byBriefing.set(a.briefingId, [...(byBriefing.get(a.briefingId) ?? []), a]);
  const briefings = [...byBriefing].map(([id, list]) => briefingNotes(library, id, list, options.style));
  return {
    title: briefings.length === 1 && briefingId ? `Notes on ${briefings[0]!.metadata.title}` : 'Briefing Reader notes',
    generated: options.now ?? library.now(),
    styleName: citationStyle(options.style).name,
    briefings
  };
}
