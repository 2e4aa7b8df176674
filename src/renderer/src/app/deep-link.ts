/**
 * `briefing-reader://open?briefing=ID&block=N` — the deep links that citations and exported notes
 * carry; Electron forwards them as `open-link` events. Anything else is ignored.
 */
export interface DeepLinkTarget {
  briefingId: string;
  blockId?: number;
}

export function parseDeepLink(link: string): DeepLinkTarget | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'briefing-reader:') return null;
  // `briefing-reader://open?…` parses with "open" as the host; accept `briefing-reader:open?…` too.
  const action = url.host || url.pathname.replace(/^\/+/, '');
  if (action !== 'open') return null;
  const briefingId = url.searchParams.get('briefing') ?? '';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(briefingId)) return null;
  const block = Number(url.searchParams.get('block'));
  return { briefingId, ...(Number.isInteger(block) && block > 0 ? { blockId: block } : {}) };
}
