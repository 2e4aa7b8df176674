/** The progress list of an import of several files: a row per file, Cancel while it runs, a summary at the end. */
import type { ImportRow, ImportRowStatus } from './import-progress';
import { summary } from './import-progress';

const LABEL: Record<ImportRowStatus, string> = {
  waiting: 'Waiting',
  parsing: 'Reading…',
  done: 'Imported',
  duplicate: 'Already in library',
  failed: 'Failed',
  cancelled: 'Cancelled'
};

export function ImportProgress({ rows, running, onCancel, onClose }: { rows: readonly ImportRow[]; running: boolean; onCancel(): void; onClose(): void }) {
  const finished = rows.filter((r) => r.status !== 'waiting' && r.status !== 'parsing').length;
  return (
    <section className="import-progress" role="region" aria-label="Import progress">
      <header className="import-progress-head">
        <h2>{running ? `Importing ${finished + 1} of ${rows.length}` : 'Import finished'}</h2>
        {running ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        )}
      </header>
      <progress className="import-progress-bar" max={rows.length} value={finished} aria-label="Files done" />
      <ol className="import-progress-list">
        {rows.map((row, i) => (
          <li key={i} className={`import-row import-${row.status}`} data-status={row.status}>
            <span className="import-row-name" title={row.name}>
              {row.name}
            </span>
            <span className="import-row-status">{LABEL[row.status]}</span>
            {row.detail && row.status !== 'done' && <span className="import-row-detail">{row.detail}</span>}
          </li>
        ))}
      </ol>
      {!running && (
        <p className="import-progress-summary" role="status">
          {summary(rows)}
        </p>
      )}
    </section>
  );
}
