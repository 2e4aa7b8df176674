/**
 * Puts a citation on the clipboard as plain text and as HTML, so that italics and the link back
 * to the passage survive a paste into Word or Google Docs. Where the browser cannot write HTML
 * (no `ClipboardItem`, or it is refused), the plain text alone.
 */
import type { CitationResult } from '../../../shared/contract/citations';

export async function copyCitation(result: Pick<CitationResult, 'text' | 'html'>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([result.text], { type: 'text/plain' }),
          'text/html': new Blob([result.html], { type: 'text/html' })
        })
      ]);
      return;
    } catch {
      // Fall through to plain text: some platforms refuse rich clipboard writes.
    }
  }
  await navigator.clipboard.writeText(result.text);
}
