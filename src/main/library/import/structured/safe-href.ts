/**
 * Which link targets a briefing keeps. The reader opens web and mail links (after asking); any
 * other scheme — `javascript:`, `data:`, `file:`, `vbscript:` — is dropped, leaving the words as a
 * link whose target was lost, so nothing in an imported document can run code or reach the disk.
 */

const KEPT = /^(https?:|mailto:)/i;

/**
 * The target to store for a link written as `raw`, resolved against `base` (the page's own address,
 * when it is known) for relative links; null when the target is not a web or mail address.
 *
 *   safeHref('javascript:alert(1)') → null
 *   safeHref('/news/item', 'https://example.org/a/b') → 'https://example.org/news/item'
 */
export function safeHref(raw: string | null | undefined, base?: string | null): string | null {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so do we.
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  const cleaned = (raw ?? '').replace(/[\u0000-\u0020\u007f]+/g, '');
  if (cleaned === '' || cleaned.startsWith('#')) return null;
  let resolved: URL;
  try {
    resolved = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return null;
  }
  return KEPT.test(resolved.protocol) ? resolved.href : null;
}
