/**
 * How a briefing's reading progress reads in words: unread, in progress with a percentage, or
 * read. Near the end counts as read: the last lines may never reach the bottom of the window.
 */
export const READ_FROM = 0.97;

export type ReadingState = { state: 'unread' } | { state: 'reading'; percent: number } | { state: 'read' };

export function readingState(progress: number): ReadingState {
  if (progress <= 0) return { state: 'unread' };
  if (progress >= READ_FROM) return { state: 'read' };
  return { state: 'reading', percent: Math.max(1, Math.floor(progress * 100)) };
}
