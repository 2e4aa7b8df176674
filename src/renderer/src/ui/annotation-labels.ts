/**
 * How annotation colours and anchoring states are named on screen — the same words in the reader's
 * sidebar, the Notes view, filters, buttons and screen-reader labels.
 */
import type { AnchorStatus, AnnotationColor } from '../../../shared/types';

export const COLOR_LABELS: Record<AnnotationColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' };

export const STATUS_LABELS: Record<AnchorStatus, { label: string; description: string }> = {
  exact: { label: 'Exact', description: 'Attached to the words it was made on' },
  fuzzy: { label: 'Fuzzy', description: 'The text changed; attached to the closest match' },
  orphan: { label: 'Orphaned', description: 'The passage is no longer in the briefing; the quote is kept' }
};
