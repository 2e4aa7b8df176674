/**
 * Search as you type, with no fixed pause: a keystroke's query is sent at once when no search is
 * on its way, else as soon as the one on its way is answered — only the newest waiting query is
 * sent, so results follow the typing as fast as the engine answers without a queue of stale
 * queries. Each answer newer than the one on screen is shown, so results for a word appear while
 * it is still being typed, and the list never flickers back to an older query.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../../shared/contract/search';
import { api, errorMessage } from '../api/client';

/**
 * While typing, the last word is read as a prefix, which has no "did you mean". Once typing
 * pauses this long, the query is also read as final, for its spelling corrections only (its
 * results would drop the prefix matches the user is looking at).
 */
const SETTLED_MS = 450;
export const SEARCH_LIMIT = 60;

export interface LibrarySearchState {
  /** The results of the newest query answered so far (possibly an older query than the current one). */
  response: SearchResponse | null;
  suggestions: string[];
  /** A newer query than `response` is on its way. */
  pending: boolean;
  error: string | null;
}

const EMPTY: LibrarySearchState = { response: null, suggestions: [], pending: false, error: null };

export function useLibrarySearch(query: string): LibrarySearchState {
  const [state, setState] = useState<LibrarySearchState>(() => (query.trim() === '' ? EMPTY : { ...EMPTY, pending: true }));
  // A new query is pending (or, when empty, clears the results) from the frame it is typed in.
  const [asked, setAsked] = useState(query);
  if (asked !== query) {
    setAsked(query);
    setState((current) => (query.trim() === '' ? EMPTY : { ...current, pending: true }));
  }
  /** Number of the newest query, of the query whose answer is on screen, and the query waiting to be sent. */
  const latest = useRef(0);
  const shown = useRef(0);
  const inFlight = useRef(false);
  const waiting = useRef<(() => void) | null>(null);

  useEffect(() => {
    const id = ++latest.current;
    if (query.trim() === '') {
      // Answers still on their way are older than this empty field: never show them.
      shown.current = id;
      waiting.current = null;
      return;
    }
    let retries = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const suggestSpelling = () => {
      api.search({ query, asYouType: false, limit: 1 }).then(
        (settled) =>
          id === latest.current &&
          (settled.suggestions.length > 0 || settled.didYouMean !== undefined) &&
          setState((current) =>
            current.response ? { ...current, response: { ...current.response, suggestions: settled.suggestions, didYouMean: settled.didYouMean } } : current
          ),
        () => undefined
      );
    };
    const answered = () => {
      inFlight.current = false;
      const next = waiting.current;
      waiting.current = null;
      next?.();
    };
    const run = () => {
      api.search({ query, asYouType: true, limit: SEARCH_LIMIT }).then(
        (response) => {
          // Answered "superseded" although it is the newest: another window's query took the
          // search lane. Ask again rather than show nothing.
          if (response.superseded && id === latest.current && retries++ < 3) return run();
          answered();
          if (response.superseded || id <= shown.current) return;
          shown.current = id;
          setState((current) => ({ ...current, response, pending: id !== latest.current, error: null }));
          if (id === latest.current && response.suggestions.length === 0 && /\S$/.test(query)) settle = setTimeout(suggestSpelling, SETTLED_MS);
        },
        (error: unknown) => {
          answered();
          if (id === latest.current) setState((current) => ({ ...current, pending: false, error: errorMessage(error) }));
        }
      );
    };
    const send = () => {
      inFlight.current = true;
      run();
      api.suggest({ query, limit: 6 }).then(
        (suggestions) => id === latest.current && setState((current) => ({ ...current, suggestions })),
        () => undefined
      );
    };
    if (inFlight.current) waiting.current = send;
    else send();
    return () => {
      if (waiting.current === send) waiting.current = null;
      clearTimeout(settle);
    };
  }, [query]);

  return state;
}
