/**
 * `briefing-reader://open?…` links to a briefing, a block or a quoted range, as copied with a
 * citation and written into exported notes. The Electron glue registers the scheme and the reader
 * opens the link; this is the one place that writes them, so the form stays exactly:
 *
 *   briefing-reader://open?briefing=ID&block=BLOCK_ID&start=START&end=END
 *
 * where `start` and `end` are document-text offsets (UTF-16 units) of a quote.
 */

/** The link that opens briefing `briefingId`, at `blockId` and the range when given. */
export function passageLink(briefingId: string, blockId?: number | null, range?: { start: number; end: number }): string {
  const params = new URLSearchParams({ briefing: briefingId });
  if (blockId !== undefined && blockId !== null) params.set('block', String(blockId));
  if (range) {
    params.set('start', String(range.start));
    params.set('end', String(range.end));
  }
  return `briefing-reader://open?${params.toString()}`;
}
