/**
 * What the search says besides its results: that the index is still being built, that nothing
 * matched (with the closest words), or "did you mean" when a word was read as a likely typo.
 */
import type { SearchResponse } from '../../../shared/contract/search';

export interface SearchNoticeProps {
  response: SearchResponse;
  onCorrect(word: string): void;
  /** Replaces the whole query (with its corrected form). */
  onReplace(query: string): void;
}

export function SearchNotice({ response, onCorrect, onReplace }: SearchNoticeProps) {
  if (response.indexing) {
    return (
      <p className="search-notice" role="status">
        Building the search index… {Math.round(response.indexing.progress * 100)}%
      </p>
    );
  }
  const corrected = response.didYouMean;
  const didYouMean = corrected ? (
    <>
      Did you mean{' '}
      <button type="button" className="link-button did-you-mean" onClick={() => onReplace(corrected)}>
        {corrected}
      </button>
      ?
    </>
  ) : (
    response.suggestions.length > 0 && (
      <>
        Did you mean{' '}
        {response.suggestions.slice(0, 4).map((word, i) => (
          <span key={word}>
            {i > 0 && ', '}
            <button type="button" className="link-button" onClick={() => onCorrect(word)}>
              {word}
            </button>
          </span>
        ))}
        ?
      </>
    )
  );
  if (response.total > 0) return didYouMean ? <p className="search-notice">{didYouMean}</p> : null;
  return (
    <div className="search-empty" role="status">
      <p>
        No passages match <q>{response.query}</q>.
      </p>
      {didYouMean ? <p>{didYouMean}</p> : <p className="muted">Try fewer words, or a word’s beginning followed by *.</p>}
      {response.reading.notes.map((note) => (
        <p key={note} className="muted small">
          {note}
        </p>
      ))}
    </div>
  );
}
