/**
 * "What changed?" for an annotation that moved to a new edition fuzzily or was orphaned: the
 * passage word by word from the previous edition to now — removed words struck through, added
 * words underlined.
 */
import { useEffect, useState } from 'react';
import type { AnnotationHistory } from '../../../shared/contract/annotations';
import { api, errorMessage } from '../api/client';

export function PassageChanges({ annotationId }: { annotationId: string }) {
  const [history, setHistory] = useState<AnnotationHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.annotationHistory({ id: annotationId }).then(
      (found) => current && setHistory(found),
      (failure: unknown) => current && setError(errorMessage(failure))
    );
    return () => {
      current = false;
    };
  }, [annotationId]);

  if (error) return <p className="muted passage-changes">{error}</p>;
  if (!history) return <p className="muted passage-changes">Comparing editions…</p>;
  const previous = history.previous[0];
  if (!previous || history.changes.length === 0) return <p className="muted passage-changes">This passage has not changed since it was annotated.</p>;
  return (
    <div className="passage-changes">
      <p className="eyebrow">
        Edition {previous.edition} → {history.current.status === 'orphan' ? 'not found in' : ''} edition {history.current.edition}
      </p>
      <p className="diff" aria-label="Changes to the passage">
        {history.changes.map((change, i) =>
          change.kind === 'removed' ? (
            <del key={i}>{change.text}</del>
          ) : change.kind === 'added' ? (
            <ins key={i}>{change.text}</ins>
          ) : (
            <span key={i}>{change.text}</span>
          )
        )}
      </p>
    </div>
  );
}
