/**
 * Library-wide search (⌘/Ctrl+K or "/" from anywhere): results as you type, grouped by briefing
 * and section, completions for the word being typed, arrow keys and Enter to open a hit, which
 * lands on the exact paragraph with the matched words highlighted.
 */
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { SearchHit, SearchResponse } from '../../../shared/contract/search';
import { useSetting } from '../app/settings';
import { MAX_RECENT_SEARCHES, recentSearchesSetting } from '../app/setting-keys';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { correctQuery } from './correct-query';
import { flattenHits, hitOptionId } from './flatten-hits';
import { rememberSearch } from './recent';
import { SearchHelp } from './SearchHelp';
import { SearchNotice } from './SearchNotice';
import { SearchResults } from './SearchResults';
import { useLibrarySearch } from './useLibrarySearch';

export interface SearchPaletteProps {
  onClose(): void;
  /** Opens a hit; `response` carries the briefing's other hits for next/previous in the reader. */
  onOpenHit(hit: SearchHit, query: string, response: SearchResponse): void;
}

/** The query without the word being typed. */
function head(query: string): string {
  return query.replace(/\S*$/, '');
}

/** The query with a completion applied: completions repeat the query's start ("cocaine seiz" → "cocaine seizures"). */
function complete(query: string, completion: string): string {
  const start = head(query);
  return `${completion.toLowerCase().startsWith(start.toLowerCase()) ? completion : start + completion} `;
}

/** What a completion adds, for its chip: "seizures" rather than "cocaine seizures". */
function completionLabel(query: string, completion: string): string {
  const start = head(query);
  return start && completion.toLowerCase().startsWith(start.toLowerCase()) ? completion.slice(start.length) : completion;
}

export function SearchPalette({ onClose, onOpenHit }: SearchPaletteProps) {
  const [query, setQuery] = useState('');
  const [recent, setRecent] = useSetting(recentSearchesSetting);
  const { response, suggestions, pending, error } = useLibrarySearch(query);
  const hits = useMemo(() => flattenHits(response), [response]);
  const [activeIndex, setActiveIndex] = useState(0);
  const active = hits[Math.min(activeIndex, hits.length - 1)] ?? null;
  const typed = query.trim() !== '';
  const typingWord = /\S$/.test(query);
  const completions = typingWord ? suggestions.filter((s) => s.toLowerCase() !== query.trim().toLowerCase()).slice(0, 5) : [];

  const open = (hit: SearchHit) => {
    if (!response) return;
    setRecent(rememberSearch(recent, query, MAX_RECENT_SEARCHES));
    onOpenHit(hit, query.trim(), response);
  };
  // Enter pressed while the answer to the last keystroke is on its way opens the first hit of that
  // answer, never a hit of the shorter query still on screen.
  const [openOnAnswer, setOpenOnAnswer] = useState(false);
  if (openOnAnswer && !pending && !active) setOpenOnAnswer(false);
  const openAnswered = useEffectEvent(() => {
    if (active) open(active);
  });
  useEffect(() => {
    if (openOnAnswer && !pending) openAnswered();
  }, [openOnAnswer, pending]);
  const changeQuery = (next: string) => {
    setQuery(next);
    setActiveIndex(0);
    setOpenOnAnswer(false);
  };

  return (
    <Dialog label="Search the library" onClose={onClose} className="search-palette">
      <div className="search-field">
        <Icon name="search" className="search-field-icon" />
        <input
          type="text"
          enterKeyHint="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={active ? hitOptionId(active) : undefined}
          aria-autocomplete="list"
          aria-label="Search the library"
          placeholder="Search all briefings"
          autoFocus
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (hits.length > 0) setActiveIndex((i) => (Math.min(i, hits.length - 1) + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
            } else if (event.key === 'Enter' && pending) {
              event.preventDefault();
              setOpenOnAnswer(true);
            } else if (event.key === 'Enter' && active) {
              event.preventDefault();
              open(active);
            } else if (event.key === 'Tab' && !event.shiftKey && completions[0]) {
              event.preventDefault();
              changeQuery(complete(query, completions[0]));
            }
          }}
        />
        {pending && <span className="search-spinner" role="status" aria-label="Searching" />}
        <Kbd spec="Escape" />
      </div>

      {typed && completions.length > 0 && (
        <div className="completions" aria-label="Completions">
          <span className="muted">Complete:</span>
          {completions.map((completion, i) => (
            <button key={completion} type="button" className="chip" onClick={() => changeQuery(complete(query, completion))}>
              {completionLabel(query, completion)}
              {i === 0 && <Kbd spec="Tab" />}
            </button>
          ))}
        </div>
      )}

      {/* The query whose answer is on screen: what the keystroke benchmark (bench/search-ui.ts) waits for. */}
      <div className="search-body" data-answered-query={response?.query ?? ''}>
        {!typed && <SearchHelp recent={recent} onPick={changeQuery} />}
        {typed && error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        {typed && !error && response && !pending && (
          <SearchNotice response={response} onCorrect={(word) => changeQuery(correctQuery(query, word))} onReplace={changeQuery} />
        )}
        {typed && !error && response && response.total > 0 && (
          <SearchResults response={response} active={active} onActivate={(hit) => setActiveIndex(hits.indexOf(hit))} onOpen={open} />
        )}
      </div>

      {typed && response && response.total > 0 && (
        <footer className="search-footer">
          <span role="status">
            {response.total === 1 ? '1 passage' : `${response.total.toLocaleString('en')} passages`} in {plural(response.groups.length, 'briefing')}
            {response.total > response.hits.length ? ` · best ${response.hits.length} shown` : ''}
          </span>
          <span className="search-keys">
            <Kbd spec="ArrowUp" />
            <Kbd spec="ArrowDown" /> to move · <Kbd spec="Enter" /> to open
          </span>
        </footer>
      )}
    </Dialog>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
