/** Reading time: minutes at an average reading speed for policy prose, never less than one. */
const WORDS_PER_MINUTE = 230;

export function minutesToRead(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
