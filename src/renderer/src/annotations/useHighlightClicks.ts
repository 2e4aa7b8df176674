/**
 * Clicks on painted highlights. Highlights are drawn with the CSS Custom Highlight API, so there is
 * no element to click: a plain click in the article (not the end of a drag, not on a link) is
 * turned into a document offset and looked up among the annotations.
 */
import { useEffect, useEffectEvent } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import { annotationAt } from './document-text';
import { documentOffsetAt } from './selection-range';

export function useHighlightClicks(annotations: readonly AnnotationView[], onClick: (hit: AnnotationView) => void): void {
  const clicked = useEffectEvent(onClick);
  useEffect(() => {
    const onDocumentClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (event.button !== 0 || !target.closest?.('.reader-scroll .article') || target.closest('a')) return;
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      const offset = documentOffsetAt(event.clientX, event.clientY);
      const hit = offset === null ? null : annotationAt(annotations, offset);
      if (hit) clicked(hit);
    };
    document.addEventListener('click', onDocumentClick);
    return () => document.removeEventListener('click', onDocumentClick);
  }, [annotations]);
}
