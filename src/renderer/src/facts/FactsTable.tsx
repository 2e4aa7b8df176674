/**
 * The facts as a table: figure, unit, measure, entity, period (and briefing, library-wide), sorted
 * by any column header. A row's figure is a button that shows the passage; a copy button puts the
 * fact with its citation on the clipboard.
 */
import { useMemo, useState } from 'react';
import type { FactInContext } from '../../../shared/contract/facts';
import { formatAmount, formatFigure, formatPeriod } from '../../../shared/facts-format';
import { Icon } from '../ui/Icon';
import { sortFacts, type FactColumn, type FactSort } from './sort-facts';

export interface FactsTableProps {
  facts: readonly FactInContext[];
  caption: string;
  showBriefing?: boolean;
  onShow(fact: FactInContext): void;
  onCopy(fact: FactInContext): void;
  /** Facts some flag involves, with the kind shown beside their figure. */
  flagged?: ReadonlyMap<number, string>;
}

const COLUMNS: Array<{ column: FactColumn; label: string }> = [
  { column: 'value', label: 'Value' },
  { column: 'unit', label: 'Unit' },
  { column: 'measure', label: 'Measure' },
  { column: 'entity', label: 'Entity' },
  { column: 'period', label: 'Period' }
];

export function FactsTable({ facts, caption, showBriefing, onShow, onCopy, flagged }: FactsTableProps) {
  const [sort, setSort] = useState<FactSort | null>(null);
  const sorted = useMemo(() => sortFacts(facts, sort), [facts, sort]);
  const columns = showBriefing ? [...COLUMNS, { column: 'briefing' as const, label: 'Briefing' }] : COLUMNS;
  const toggle = (column: FactColumn) => setSort((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: false }));
  return (
    <table className="facts-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map(({ column, label }) => (
            <th key={column} scope="col" aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="facts-sort" onClick={() => toggle(column)}>
                {label}
                <span aria-hidden="true" className="facts-sort-mark">
                  {sort?.column === column ? (sort.descending ? '▼' : '▲') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((fact) => (
          <tr key={fact.id} data-fact-id={fact.id}>
            <td className="facts-figure">
              <button type="button" className="link-button" onClick={() => onShow(fact)} title={fact.text}>
                {formatAmount(fact)}
              </button>
              {flagged?.get(fact.id) && <span className={`fact-flag-badge flag-${flagged.get(fact.id)}`}>{flagged.get(fact.id)}</span>}
            </td>
            <td>{fact.unit ?? <span className="muted">count</span>}</td>
            <td>{fact.measure ?? <span className="muted">—</span>}</td>
            <td>{fact.entity ?? <span className="muted">—</span>}</td>
            <td>{formatPeriod(fact.period)}</td>
            {showBriefing && <td className="facts-briefing">{fact.briefingTitle}</td>}
            <td>
              <button
                type="button"
                className="icon-button small"
                aria-label={`Copy ${formatFigure(fact)} with its citation`}
                title="Copy with citation"
                onClick={() => onCopy(fact)}
              >
                <Icon name="copy" />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
