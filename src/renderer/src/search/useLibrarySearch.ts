/**
 * Search as you type: each keystroke starts a search (after a short pause) and asks for
 * completions; an answer that arrives after a newer keystroke is dropped, and the previous results
 * stay on screen until the new ones arrive, so typing never waits and the list never flickers.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../../shared/contract/search';
import { api, errorMessage } from '../api/client';

/** Long enough to skip the middle of a fast word, short enough to feel instant. */
const DEBOUNCE_MS = 60;
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
  const [state, setState] = useState<LibrarySearchState>(EMPTY);
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    if (query.trim() === '') {
      setState(EMPTY);
      return;
    }
    setState((current) => ({ ...current, pending: true }));
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
    const run = () => {
      api.search({ query, asYouType: true, limit: SEARCH_LIMIT }).then(
        (response) => {
          if (id !== latest.current) return;
          // Answered "superseded" although it is the newest: another window's query took the
          // search lane. Ask again rather than show nothing.
          if (response.superseded) {
            if (retries++ < 3) run();
            return;
          }
          setState((current) => ({ ...current, response, pending: false, error: null }));
          if (response.suggestions.length === 0 && /\S$/.test(query)) settle = setTimeout(suggestSpelling, SETTLED_MS);
        },
        (error: unknown) => id === latest.current && setState((current) => ({ ...current, pending: false, error: errorMessage(error) }))
      );
    };
    const timer = setTimeout(() => {
      run();
      api.suggest({ query, limit: 6 }).then(
        (suggestions) => id === latest.current && setState((current) => ({ ...current, suggestions })),
        () => undefined
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      clearTimeout(settle);
    };
  }, [query]);

  return state;
}
