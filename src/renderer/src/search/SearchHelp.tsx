/**
 * What the search field shows before anything is typed: recent searches, and how to write a
 * query — the same syntax as `briefing search` on the command line.
 */
import { Icon } from '../ui/Icon';

const SYNTAX: Array<{ example: string; meaning: string }> = [
  { example: 'cocaine ports', meaning: 'passages with both words' },
  { example: '"organised crime"', meaning: 'the exact phrase' },
  { example: 'Ecuador OR Peru', meaning: 'either word' },
  { example: 'drugs -cannabis', meaning: 'without a word' },
  { example: 'traffic', meaning: 'also trafficking, traffickers (word forms and prefixes)' },
  { example: 'Bogota, cocain', meaning: 'accents and small typos are forgiven' }
];

export interface SearchHelpProps {
  recent: readonly string[];
  onPick(query: string): void;
}

export function SearchHelp({ recent, onPick }: SearchHelpProps) {
  return (
    <div className="search-help">
      {recent.length > 0 && (
        <section aria-labelledby="recent-searches">
          <h3 id="recent-searches" className="search-help-title">
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
        <h3 id="search-syntax" className="search-help-title">
          Search every briefing in your library
        </h3>
        <dl className="syntax-list">
          {SYNTAX.map(({ example, meaning }) => (
            <div key={example} className="syntax-row">
              <dt>
                <button type="button" className="syntax-example" onClick={() => onPick(example)}>
                  {example}
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
