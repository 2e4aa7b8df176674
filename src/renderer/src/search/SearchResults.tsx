/**
 * Results grouped by briefing, then section, each hit with its highlighted snippet. A listbox:
 * the field keeps focus, and the active option (moved with the arrow keys) is announced through
 * `aria-activedescendant`.
 */
import { useEffect } from 'react';
import type { SearchHit, SearchResponse } from '../../../shared/contract/search';
import type { BlockKind } from '../../../shared/types';
import { hitOptionId } from './flatten-hits';
import { Snippet } from './Snippet';

const KIND_LABELS: Partial<Record<BlockKind, string>> = {
  'list-item': 'List',
  figure: 'Figure',
  'figure-source': 'Figure source',
  'box-title': 'Box',
  quote: 'Quote',
  note: 'Note',
  reference: 'Reference',
  'back-matter': 'Back matter'
};

export interface SearchResultsProps {
  response: SearchResponse;
  active: SearchHit | null;
  onActivate(hit: SearchHit): void;
  onOpen(hit: SearchHit): void;
}

export function SearchResults({ response, active, onActivate, onOpen }: SearchResultsProps) {
  useEffect(() => {
    if (active) document.getElementById(hitOptionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    // Focusable so that a keyboard can scroll a long list too (the field keeps focus while arrowing).
    <div className="search-results" role="listbox" id="search-results" aria-label="Search results" tabIndex={0}>
      {response.groups.map((group) => (
        <div key={group.briefingId} className="result-group" role="group" aria-label={group.briefingTitle}>
          <p className="result-briefing" aria-hidden="true">
            {group.briefingTitle}
          </p>
          {group.sections.map((section) => (
            <div key={`${section.sectionId}`} className="result-section">
              {section.sectionTitle && (
                <p className="eyebrow result-section-title" aria-hidden="true">
                  {section.sectionTitle}
                </p>
              )}
              {section.hits.map((hit) => {
                const kind = KIND_LABELS[hit.blockKind];
                return (
                  <div
                    key={hit.blockId}
                    id={hitOptionId(hit)}
                    role="option"
                    aria-selected={hit === active}
                    className="result-hit"
                    onMouseMove={() => hit !== active && onActivate(hit)}
                    onClick={() => onOpen(hit)}
                  >
                    {kind && <span className="hit-kind">{kind}</span>}
                    <Snippet text={hit.snippetText} matches={hit.snippetMatches} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
