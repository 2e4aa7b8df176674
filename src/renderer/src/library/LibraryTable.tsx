/**
 * The briefings as a table: title, type, year, sections, annotations, how much is read, last opened. Each column
 * header sorts (again to reverse), the sort is remembered, a row opens its briefing, and each row
 * has buttons to edit its details and to delete it.
 */
import type { BriefingSummary } from '../../../shared/types';
import type { LibraryColumn, LibrarySort } from '../app/setting-keys';
import { Icon } from '../ui/Icon';
import { ReadingProgress } from './ReadingProgress';
import { relativeTime } from './relative-time';

const COLUMNS: Array<{ column: LibraryColumn; label: string; numeric?: boolean }> = [
  { column: 'title', label: 'Title' },
  { column: 'type', label: 'Type' },
  { column: 'year', label: 'Year', numeric: true },
  { column: 'sections', label: 'Sections', numeric: true },
  { column: 'annotations', label: 'Notes', numeric: true },
  { column: 'progress', label: 'Read' },
  { column: 'opened', label: 'Last opened' }
];

export interface LibraryTableProps {
  briefings: readonly BriefingSummary[];
  sort: LibrarySort;
  onSort(column: LibraryColumn): void;
  onOpen(id: string): void;
  onEditDetails(briefing: BriefingSummary): void;
  onDelete(briefing: BriefingSummary): void;
}

export function LibraryTable({ briefings, sort, onSort, onOpen, onEditDetails, onDelete }: LibraryTableProps) {
  return (
    <table className="library-table">
      <caption className="visually-hidden">Briefings in your library, sorted by {sort.column}</caption>
      <thead>
        <tr>
          {COLUMNS.map(({ column, label, numeric }) => {
            const sorted = sort.column === column;
            return (
              <th
                key={column}
                scope="col"
                className={`col-${column}${numeric ? ' numeric' : ''}`}
                aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" className={`sort-button${sorted ? ' sorted' : ''}`} onClick={() => onSort(column)}>
                  {label}
                  <Icon name={sorted ? (sort.direction === 'asc' ? 'up' : 'down') : 'sort'} className="sort-icon" />
                </button>
              </th>
            );
          })}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {briefings.map((briefing) => (
          <tr key={briefing.id} className="library-row" onClick={() => onOpen(briefing.id)}>
            <td className="col-title">
              <a
                href={`#/read/${briefing.id}`}
                className="title-link"
                title={briefing.title}
                onClick={(event) => {
                  event.preventDefault();
                  event.stopPropagation();
                  onOpen(briefing.id);
                }}
              >
                {briefing.title}
              </a>
            </td>
            <td className="col-type">
              <span className="type-badge">{briefing.documentType}</span>
            </td>
            <td className="col-year numeric">{briefing.year ?? '—'}</td>
            <td className="col-sections numeric">{briefing.sections}</td>
            <td className="col-annotations numeric">{briefing.annotations}</td>
            <td className="col-progress">
              <ReadingProgress progress={briefing.progress} />
            </td>
            <td className="col-opened">{briefing.lastOpenedAt ? relativeTime(briefing.lastOpenedAt) : <span className="muted">Never</span>}</td>
            <td className="col-actions">
              <button
                type="button"
                className="icon-button row-action"
                aria-label={`Details of “${briefing.title}”`}
                data-tooltip="Details…"
                onClick={(event) => {
                  event.stopPropagation();
                  onEditDetails(briefing);
                }}
              >
                <Icon name="pencil" />
              </button>
              <button
                type="button"
                className="icon-button row-action"
                aria-label={`Delete “${briefing.title}”`}
                data-tooltip="Delete"
                onClick={(event) => {
                  event.stopPropagation();
                  onDelete(briefing);
                }}
              >
                <Icon name="trash" />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
