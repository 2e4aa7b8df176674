/**
 * Copying a passage: its words alone, or the words with a citation in the remembered style. The
 * citation goes to the clipboard as both text/plain and text/html, so a word processor keeps the
 * italics and the link back to the passage; where rich clipboard writes are not available the
 * plain text still goes.
 */
import type { CitationResult, CitationStyleId } from '../../../shared/contract/citations';
import { api } from '../api/client';
import type { DocumentRange } from './document-text';

/** How a toast names each style: "Copied with citation (APA)". */
export const STYLE_SHORT_NAMES: Record<CitationStyleId, string> = { apa: 'APA', chicago: 'Chicago', harvard: 'Harvard', mla: 'MLA' };

/** Writes plain text, and HTML alongside it when given and the clipboard accepts it. */
export async function writeClipboard(text: string, html?: string): Promise<void> {
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })
      ]);
      return;
    } catch {
      // Some platforms refuse rich writes; the plain text is still worth having.
    }
  }
  await navigator.clipboard.writeText(text);
}

/** Cites the passage [start, end) of a briefing and copies quote, citation and link. */
export async function copyWithCitation(briefingId: string, range: DocumentRange, quote: string): Promise<CitationResult> {
  const citation = await api.cite({ briefingId, start: range.start, end: range.end, quote });
  await writeClipboard(citation.text, citation.html);
  return citation;
}
