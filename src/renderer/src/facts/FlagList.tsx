/**
 * Consistency flags, each with its sentence, a link to every passage involved and a dismiss button
 * (remembered). Corroborations are shown as support, not as warnings.
 */
import type { FactFlag, FactInContext } from '../../../shared/contract/facts';
import { formatFigure } from '../../../shared/facts-format';
import { api } from '../api/client';

const LABELS: Record<FactFlag['kind'], string> = {
  conflict: 'Conflict',
  'period-mismatch': 'Period mismatch',
  'suspicious-unit': 'Suspicious unit',
  corroborated: 'Corroborated'
};

export interface FlagListProps {
  flags: readonly FactFlag[];
  facts: ReadonlyMap<number, FactInContext>;
  onShow(fact: FactInContext): void;
  onChanged(): void;
  /** Highlight this flag (chosen from the margin). */
  current?: string | null;
}

export function FlagList({ flags, facts, onShow, onChanged, current }: FlagListProps) {
  if (flags.length === 0) return <p className="muted facts-empty">No consistency flags: nothing here disagrees.</p>;
  return (
    <ul className="fact-flags">
      {flags.map((flag) => (
        <li key={flag.key} className={`fact-flag flag-${flag.kind}${current === flag.key ? ' current' : ''}`} data-flag-kind={flag.kind}>
          <p className="fact-flag-kind">{LABELS[flag.kind]}</p>
          <p className="fact-flag-note">{flag.note}</p>
          <p className="fact-flag-links">
            {flag.factIds.map((id) => {
              const fact = facts.get(id);
              return fact ? (
                <button key={id} type="button" className="link-button" onClick={() => onShow(fact)}>
                  {formatFigure(fact)}
                  {fact.sectionTitle ? ` — ${fact.sectionTitle}` : ''}
                </button>
              ) : null;
            })}
          </p>
          <button
            type="button"
            className="button small"
            onClick={() => void api.dismissFactFlag({ key: flag.key }).then(onChanged)}
            aria-label={`Dismiss: ${flag.note}`}
          >
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
