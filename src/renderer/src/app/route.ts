/**
 * Where the user is, kept in the address's fragment (`#/` the library, `#/notes` every note, `#/facts` every statistic,
 * `#/read/ID` a briefing, `#/read/ID?block=N` a passage), so that reloads stay put and the browser's Back works in
 * browser mode. Electron loads the same page, so the same routes work there.
 */
import { useCallback, useEffect, useState } from 'react';

export type Route = { name: 'library' } | { name: 'notes' } | { name: 'facts' } | { name: 'reader'; briefingId: string; blockId?: number };

export function parseRoute(hash: string): Route | null {
  const match = /^#\/read\/([A-Za-z0-9_-]{1,64})(?:\?block=(\d{1,12}))?$/.exec(hash);
  if (match?.[1]) return { name: 'reader', briefingId: match[1], ...(match[2] ? { blockId: Number(match[2]) } : {}) };
  if (hash === '#/notes') return { name: 'notes' };
  if (hash === '#/facts') return { name: 'facts' };
  if (hash === '#/' || hash === '' || hash === '#') return hash === '#/' ? { name: 'library' } : null;
  return null;
}

export function formatRoute(route: Route): string {
  if (route.name === 'library') return '#/';
  if (route.name === 'notes') return '#/notes';
  if (route.name === 'facts') return '#/facts';
  return `#/read/${route.briefingId}${route.blockId !== undefined ? `?block=${route.blockId}` : ''}`;
}

/** The current route (null when the address names none yet) and a function that changes it. */
export function useRoute(): [Route | null, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const hash = formatRoute(next);
    if (hash !== window.location.hash) {
      if (options.replace) window.history.replaceState(null, '', hash);
      else window.history.pushState(null, '', hash);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
