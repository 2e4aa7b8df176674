/** How the five annotation colours are named to the user (buttons, filters, screen readers). */
import type { AnnotationColor } from '../../../shared/types';

export const COLOR_LABELS: Record<AnnotationColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple'
};
