/**
 * The Original view of a PDF briefing: the page of the original at the reading position, beside the
 * reflowed text on a wide window and over it on a narrow one (see reader.css). The page follows the
 * text as the user reads; Previous and Next turn it, and the text with it.
 */
import { useMemo } from 'react';
import type { BriefingDocument } from '../../../../shared/types';
import { Icon } from '../../ui/Icon';
import type { BlockLookup } from '../block-lookup';
import { indexPages } from './page-index';
import { PageCanvas } from './PageCanvas';
import { useFollowedPage } from './useFollowedPage';
import { useOriginalPdf } from './useOriginalPdf';

export interface OriginalPaneProps {
  doc: BriefingDocument;
  /** The reader's scroll container: its position chooses the page, and a turned page moves it. */
  containerRef: React.RefObject<HTMLElement | null>;
  lookup: BlockLookup;
  onClose(): void;
}

export function OriginalPane({ doc, containerRef, lookup, onClose }: OriginalPaneProps) {
  const state = useOriginalPdf(doc.id, doc.edition);
  const index = useMemo(() => indexPages(doc.blocks), [doc.blocks]);
  const pageCount = state.status === 'ready' ? state.pdf.numPages : (doc.metadata.pages ?? 1);
  const [page, turnTo] = useFollowedPage(containerRef, index, lookup, pageCount);

  return (
    <section id="reader-original" className="original-pane" aria-label="Original">
      <header className="original-head">
        <button
          type="button"
          className="icon-button"
          aria-label="Previous page"
          data-tooltip="Previous page"
          disabled={page <= 1}
          onClick={() => turnTo(page - 1)}
        >
          <Icon name="back" />
        </button>
        <p className="original-page-number" aria-live="polite">
          Page {page} of {pageCount}
        </p>
        <button
          type="button"
          className="icon-button"
          aria-label="Next page"
          data-tooltip="Next page"
          disabled={page >= pageCount}
          onClick={() => turnTo(page + 1)}
        >
          <Icon name="forward" />
        </button>
        <button type="button" className="icon-button original-close" aria-label="Close the original" data-tooltip="Close the original (O)" onClick={onClose}>
          <Icon name="x" />
        </button>
      </header>
      <div className="original-scroll">
        {state.status === 'ready' && <PageCanvas pdf={state.pdf} page={page} />}
        {state.status === 'loading' && <p className="muted original-status">Opening the original…</p>}
        {state.status === 'error' && (
          <p className="original-status original-error" role="alert">
            The original could not be opened: {state.message}
          </p>
        )}
      </div>
    </section>
  );
}
