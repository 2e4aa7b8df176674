/**
 * What the search field shows before anything is typed: recent searches, and how to write a
 * query — the engine's own syntax list, the same as `briefing search` on the command line.
 */
import { SEARCH_SYNTAX_HELP } from '../../../shared/contract/search';
import { Icon } from '../ui/Icon';

export interface SearchHelpProps {
  recent: readonly string[];
  onPick(query: string): void;
}

export function SearchHelp({ recent, onPick }: SearchHelpProps) {
  return (
    <div className="search-help">
      {recent.length > 0 && (
        <section aria-labelledby="recent-searches">
          <h3 id="recent-searches" className="eyebrow search-help-title">
            Recent searches
          </h3>
          <ul className="recent-list">
            {recent.map((query) => (
              <li key={query}>
                <button type="button" className="recent-item" onClick={() => onPick(query)}>
                  <Icon name="clock" />
                  {query}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="search-syntax">
        <h3 id="search-syntax" className="eyebrow search-help-title">
          Search every briefing in your library
        </h3>
        <dl className="syntax-list">
          {SEARCH_SYNTAX_HELP.map(({ syntax, meaning }) => (
            <div key={syntax} className="syntax-row">
              <dt>
                {/* Several alternatives ("year:2024   year:2020..2024") are shown apart; a click tries the first. */}
                <button type="button" className="syntax-example" onClick={() => onPick(`${syntax.split(/\s{3,}/)[0] ?? syntax} `)}>
                  {syntax.split(/\s{3,}/).join('  ·  ')}
                </button>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
