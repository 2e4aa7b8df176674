/**
 * The reading view of a loaded briefing: toolbar, table of contents with scroll-spy, the article
 * in its own scroll container, the find / search-hit bar, and room for the annotation layer: a side
 * panel (`aside`) and toolbar buttons (`toolbarActions`); its highlights are painted over the text
 * with the CSS Custom Highlight API, never rendered into it. It opens at the requested passage or where the user left off, and remembers the position as they
 * read.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { BriefingDocument, ReadingPosition } from '../../../shared/types';
import { useCommand } from '../app/commands';
import { useSetting } from '../app/settings';
import { contentsOpenSetting } from '../app/setting-keys';
import { NotePreview } from './NotePreview';
import { PrintHeader } from '../print/PrintHeader';
import { Article } from './document/Article';
import { buildLayout } from './document/layout';
import { createBlockLookup } from './block-lookup';
import { FindBar } from './find/FindBar';
import { OriginalPane } from './original/OriginalPane';
import { ReaderToolbar } from './ReaderToolbar';
import { flash, readerScroll, restorePosition, scrollToElement } from './scrolling';
import { SearchMatchBar, type SearchTarget } from './search-matches/SearchMatchBar';
import { TableOfContents } from './TableOfContents';
import { useArticleClicks } from './useArticleClicks';
import { useExternalLinks } from './useExternalLinks';
import { useReadingPosition } from './useReadingPosition';
import { currentHeadingIndex, useScrollSpy } from './useScrollSpy';

/** Where to open: a block (deep link), optionally with the search that led there. */
export interface ReaderTarget {
  blockId: number;
  search?: SearchTarget;
  /** An annotation to show: selected in the sidebar and marked in the text (from the Notes view). */
  annotationId?: string;
}

export interface ReaderScreenProps {
  doc: BriefingDocument;
  savedPosition: ReadingPosition | null;
  target: ReaderTarget | null;
  /** The side panel's content (annotations sidebar); the panel is hidden when there is none. */
  aside?: ReactNode;
  /** Extra toolbar buttons (notes sidebar, export, copy with citation). */
  toolbarActions?: ReactNode;
  /** What follows the article in its scrolling column (the reader's notes, on paper). */
  afterArticle?: ReactNode;
  /** Drawn over the text inside the main landmark (the selection toolbar). */
  overlay?: ReactNode;
}

type Bar = { kind: 'find'; focusSignal: number } | { kind: 'search'; target: SearchTarget } | null;

export function ReaderScreen({ doc, savedPosition, target, aside, toolbarActions, afterArticle, overlay }: ReaderScreenProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => buildLayout(doc), [doc]);
  const lookup = useMemo(() => createBlockLookup(readerScroll), []);
  const anchors = useMemo(() => layout.toc.map((entry) => entry.anchor), [layout]);
  const figures = useMemo(() => {
    const text = new Map(doc.blocks.map((block) => [block.id, block.text]));
    return doc.figures.map((figure) => ({
      anchor: `block-${figure.blockId}`,
      caption: text.get(figure.blockId) ?? `Figure ${figure.number} ${figure.caption}`
    }));
  }, [doc]);
  const active = useScrollSpy(scrollRef, anchors);
  const [positioned, setPositioned] = useState(false);
  const [contentsChoice, setContentsChoice] = useSetting(contentsOpenSetting);
  const [wideWindow] = useState(() => window.matchMedia('(min-width: 960px)').matches);
  const contentsOpen = contentsChoice ?? wideWindow;
  const toggleContents = () => setContentsChoice(!contentsOpen);
  const [bar, setBar] = useState<Bar>(target?.search ? { kind: 'search', target: target.search } : null);
  // A new search target opens its match bar (adjusted during render, so no frame shows the old one).
  const [barTarget, setBarTarget] = useState(target);
  if (target !== barTarget) {
    setBarTarget(target);
    if (target?.search) setBar({ kind: 'search', target: target.search });
  }
  const links = useExternalLinks();
  // The Original view: for a briefing whose original file has pages to show (a PDF).
  const hasOriginal = doc.metadata.sourceFormat === 'pdf';
  const [originalOpen, setOriginalOpen] = useState(false);
  const toggleOriginal = () => setOriginalOpen((open) => !open);
  // Its close button goes with it: the keyboard carries on in the text.
  const closeOriginal = () => {
    setOriginalOpen(false);
    scrollRef.current?.focus({ preventScroll: true });
  };

  // Open at the requested passage, or where the user left off. Layout effect: before the first
  // paint, so the top of the briefing never flashes by.
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const element = target ? lookup(target.blockId) : null;
    if (element) {
      scrollToElement(container, element, 'center');
      flash(element);
    } else if (savedPosition) {
      const position = savedPosition;
      restorePosition(container, position, position.blockId === null ? null : lookup(position.blockId));
      // The bundled fonts may arrive after the first layout and reflow the text: land again.
      const settled = container.scrollTop;
      void document.fonts.ready.then(() => {
        if (container.scrollTop === settled && position.blockId !== null) restorePosition(container, position, lookup(position.blockId));
      });
    }
    container.focus({ preventScroll: true });
    setPositioned(true);
    // Runs again only for a new target or a reloaded briefing (a new edition, loaded with its own
    // saved position), not as the user reads on.
  }, [target, doc, savedPosition, lookup]);

  const progress = useReadingPosition(scrollRef, doc.id, positioned);

  // The window (and the browser tab) is named after what is being read.
  useEffect(() => {
    document.title = `${doc.metadata.title} — Briefing Reader`;
    return () => {
      document.title = 'Briefing Reader';
    };
  }, [doc.metadata.title]);

  const jumpTo = useCallback((anchor: string) => {
    const container = scrollRef.current;
    const target = document.getElementById(anchor);
    if (!container || !target) return;
    scrollToElement(container, target, 'start');
    // Headings take focus (they carry tabindex -1); a figure's caption is pointed out with a flash.
    if (target.hasAttribute('tabindex')) target.focus({ preventScroll: true });
    else flash(target);
  }, []);

  const stepSection = (delta: 1 | -1) => {
    const container = scrollRef.current;
    if (!container || anchors.length === 0) return;
    const headings = anchors.map((id) => document.getElementById(id));
    const index = currentHeadingIndex(container, headings);
    // "Previous" from inside a section first goes back to that section's own start.
    const heading = headings[index];
    const inside = delta === -1 && heading && heading.getBoundingClientRect().top < container.getBoundingClientRect().top - 4;
    const next = anchors[inside ? index : Math.min(anchors.length - 1, Math.max(0, index + delta))];
    if (next) jumpTo(next);
  };
  useCommand('next-section', () => stepSection(1));
  useCommand('previous-section', () => stepSection(-1));
  useCommand('toggle-contents', toggleContents);
  useCommand('toggle-original', toggleOriginal, hasOriginal);
  // The print stylesheet turns the page into the printout; "Save as PDF" is a destination of the
  // print dialog in a browser, and a menu item of its own in the desktop app.
  useCommand('print', () => window.print());
  useCommand('find-in-briefing', () => setBar((current) => ({ kind: 'find', focusSignal: current?.kind === 'find' ? current.focusSignal + 1 : 0 })));

  const onArticleClick = useArticleClicks(scrollRef, links.open);
  const closeBar = useCallback(() => {
    setBar(null);
    scrollRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={`reader${contentsOpen ? ' with-contents' : ''}${aside ? ' with-aside' : ''}${originalOpen ? ' with-original' : ''}`}>
      <ReaderToolbar
        title={doc.metadata.title}
        progress={progress}
        words={layout.words}
        contentsOpen={contentsOpen}
        onToggleContents={toggleContents}
        original={hasOriginal ? { open: originalOpen, onToggle: toggleOriginal } : undefined}
        actions={toolbarActions}
      />
      <div className="reader-body">
        <div id="reader-contents" className="reader-contents" hidden={!contentsOpen}>
          <TableOfContents entries={layout.toc} figures={figures} active={active} onJump={jumpTo} />
        </div>
        <main className="reader-main">
          {bar?.kind === 'find' && <FindBar blocks={doc.blocks} lookup={lookup} containerRef={scrollRef} focusSignal={bar.focusSignal} onClose={closeBar} />}
          {bar?.kind === 'search' && <SearchMatchBar target={bar.target} blocks={doc.blocks} lookup={lookup} containerRef={scrollRef} onClose={closeBar} />}
          {/* In the tab order: a briefing without links (many a PDF) has nothing else inside to reach it by keyboard and scroll. */}
          <div ref={scrollRef} className="reader-scroll" tabIndex={0} onClick={onArticleClick} data-testid="reader-scroll">
            <PrintHeader metadata={doc.metadata} />
            <Article doc={doc} layout={layout} />
            {afterArticle}
          </div>
          <NotePreview containerRef={scrollRef} notes={layout.notes} />
          {overlay}
        </main>
        {hasOriginal && originalOpen && <OriginalPane doc={doc} containerRef={scrollRef} lookup={lookup} onClose={closeOriginal} />}
        {aside && (
          <aside className="reader-aside" aria-label="Annotations">
            {aside}
          </aside>
        )}
      </div>
      {links.dialog}
    </div>
  );
}
