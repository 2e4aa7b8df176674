/**
 * The app's frame: which view is shown (library, notes, facts or reader), the overlays that work from anywhere
 * (search, keyboard shortcuts, drop-to-import), the keyboard and menu commands, and the theme.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import type { SearchHit, SearchResponse } from '../../../shared/contract/search';
import { ExportNotesDialog } from '../export/ExportNotesDialog';
import { HelpOverlay } from '../help/HelpOverlay';
import { DropZone } from '../library/DropZone';
import { useImport } from '../library/import-context';
import { LibraryView } from '../library/LibraryView';
import { useLibraryMaintenance } from '../library/useLibraryMaintenance';
import { FactsView } from '../facts/FactsView';
import { NotesView } from '../notes/NotesView';
import type { ReaderTarget } from '../reader/ReaderScreen';
import { ReaderView } from '../reader/ReaderView';
import { SearchPalette } from '../search/SearchPalette';
import { useCommand } from './commands';
import type { DeepLinkTarget } from './deep-link';
import { formatRoute, useRoute } from './route';
import { useAppearance } from './useAppearance';
import { useAppEvents } from './useAppEvents';
import { useShortcuts } from './useShortcuts';
import { useStartRoute } from './useStartRoute';

export function App() {
  const [route, navigate] = useRoute();
  const [overlay, setOverlay] = useState<'search' | 'help' | 'export-notes' | null>(null);
  /** A passage to open, with the search that found it; kept out of the address. */
  const [pending, setPending] = useState<{ briefingId: string; target: ReaderTarget } | null>(null);

  useShortcuts();
  useAppearance();
  useStartRoute(route, navigate);

  // A finished import's progress list has been read once the user goes elsewhere (opens what was
  // imported, say): it closes rather than staying over the reader. One still running stays.
  const { dismissFinished } = useImport();
  const leaveImport = useEffectEvent(dismissFinished);
  const where = route ? formatRoute(route) : null;
  useEffect(() => leaveImport(), [where]);

  const openBriefing = useCallback(
    (briefingId: string, target?: ReaderTarget) => {
      setPending(target ? { briefingId, target } : null);
      navigate({ name: 'reader', briefingId });
    },
    [navigate]
  );
  const openHit = useCallback(
    (hit: SearchHit, query: string, response: SearchResponse) => {
      setOverlay(null);
      const hits = response.hits.filter((h) => h.briefingId === hit.briefingId);
      openBriefing(hit.briefingId, { blockId: hit.blockId, search: { query, hits, blockId: hit.blockId } });
    },
    [openBriefing]
  );
  const openAnnotation = useCallback(
    (annotation: AnnotationView) =>
      openBriefing(annotation.briefingId, annotation.blockId !== null ? { blockId: annotation.blockId, annotationId: annotation.id } : undefined),
    [openBriefing]
  );
  useAppEvents(useCallback((link: DeepLinkTarget) => openBriefing(link.briefingId, link.blockId ? { blockId: link.blockId } : undefined), [openBriefing]));

  useCommand('search', () => setOverlay('search'));
  useCommand('show-shortcuts', () => setOverlay('help'));
  useCommand('show-library', () => navigate({ name: 'library' }));
  useCommand('show-notes', () => navigate({ name: 'notes' }));
  useCommand('show-facts', () => navigate({ name: 'facts' }));
  // The whole library's notes; the reader registers its own handler for the briefing it shows.
  useCommand('export-notes', () => setOverlay('export-notes'));
  // From any view: the library screen is where the run shows its progress and outcome.
  const maintenance = useLibraryMaintenance();
  useCommand('compact-library', () => {
    navigate({ name: 'library' });
    maintenance.run();
  });

  const readerId = route?.name === 'reader' ? route.briefingId : null;
  const routeBlock = route?.name === 'reader' ? route.blockId : undefined;
  const target = useMemo<ReaderTarget | null>(() => {
    if (pending && pending.briefingId === readerId) return pending.target;
    return routeBlock !== undefined ? { blockId: routeBlock } : null;
  }, [pending, readerId, routeBlock]);

  return (
    <>
      {route?.name === 'library' && <LibraryView onOpen={(id) => openBriefing(id)} maintenance={maintenance} />}
      {route?.name === 'notes' && <NotesView onOpen={openAnnotation} onOpenBriefing={(id) => openBriefing(id)} />}
      {route?.name === 'facts' && <FactsView onOpen={openBriefing} />}
      {readerId && <ReaderView key={readerId} briefingId={readerId} target={target} />}
      {overlay === 'search' && <SearchPalette onClose={() => setOverlay(null)} onOpenHit={openHit} />}
      {overlay === 'help' && <HelpOverlay onClose={() => setOverlay(null)} />}
      {overlay === 'export-notes' && <ExportNotesDialog onClose={() => setOverlay(null)} />}
      <DropZone />
    </>
  );
}
