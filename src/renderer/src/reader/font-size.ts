/** Text size steps, shared by the reading-settings menu and the +/−/0 shortcuts. */
import { DEFAULT_FONT_SIZE, FONT_SIZES } from '../app/setting-keys';

/** The next size up (`direction` 1) or down (−1) from `size`, staying within the steps. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const index = FONT_SIZES.findIndex((s) => s >= size);
  const at = index < 0 ? FONT_SIZES.length - 1 : index;
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, at + direction))] ?? DEFAULT_FONT_SIZE;
}
