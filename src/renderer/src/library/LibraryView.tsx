/**
 * The library: every briefing in a sortable table, import, editing a briefing's details, delete
 * (after confirmation), a clear empty state, and at its foot where it is kept and compacting it.
 * Opening a briefing goes to the reading view.
 */
import { useMemo, useState } from 'react';
import type { BriefingSummary } from '../../../shared/types';
import { api, errorMessage } from '../api/client';
import { useAppInfo } from '../app/app-info';
import { useSetting } from '../app/settings';
import { librarySortSetting, type LibraryColumn } from '../app/setting-keys';
import { MetadataDialog } from '../metadata/MetadataDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { EmptyLibrary } from './EmptyLibrary';
import { useImport } from './import-context';
import { LibraryMaintenance } from './LibraryMaintenance';
import { LibraryTable } from './LibraryTable';
import { defaultDirection, sortBriefings } from './sort-briefings';
import { useBriefingList } from './useBriefingList';
import type { LibraryMaintenance as Maintenance } from './useLibraryMaintenance';
import { AppHeader } from '../app/AppHeader';

export function LibraryView({ onOpen, maintenance }: { onOpen(id: string): void; maintenance: Maintenance }) {
  const [state, reload] = useBriefingList();
  const [sort, setSort] = useSetting(librarySortSetting);
  const [toDelete, setToDelete] = useState<BriefingSummary | null>(null);
  const [toEdit, setToEdit] = useState<BriefingSummary | null>(null);
  const { chooseFiles, chooseFolder, busy } = useImport();
  const { notify } = useToasts();
  const { dataDir } = useAppInfo();

  const sorted = useMemo(() => (state.status === 'ready' ? sortBriefings(state.briefings, sort) : []), [state, sort]);
  const onSort = (column: LibraryColumn) =>
    setSort(column === sort.column ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: defaultDirection(column) });

  const confirmDelete = async (briefing: BriefingSummary) => {
    setToDelete(null);
    try {
      await api.deleteBriefing({ id: briefing.id });
      notify({ tone: 'success', message: `Deleted “${briefing.title}”` });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
    reload();
  };

  const count = state.status === 'ready' ? state.briefings.length : 0;
  return (
    <div className="library">
      <AppHeader
        current="library"
        actions={
          <>
            <button type="button" className="button" onClick={chooseFolder} disabled={busy}>
              Import folder…
            </button>
            <button type="button" className="button primary" onClick={chooseFiles} disabled={busy}>
              <Icon name="import" />
              {busy ? 'Importing…' : 'Import'}
            </button>
          </>
        }
      />
      <main className="library-main">
        <div className="library-heading">
          <h1>Library</h1>
          {count > 0 && <p className="muted">{count === 1 ? '1 briefing' : `${count} briefings`}</p>}
        </div>
        {state.status === 'loading' && <p className="muted">Loading your library…</p>}
        {state.status === 'error' && (
          <p className="inline-error" role="alert">
            {state.message}
          </p>
        )}
        {state.status === 'ready' &&
          (count === 0 ? (
            <EmptyLibrary onImport={chooseFiles} />
          ) : (
            <LibraryTable briefings={sorted} sort={sort} onSort={onSort} onOpen={onOpen} onEditDetails={setToEdit} onDelete={setToDelete} />
          ))}
        <p className="library-footer muted small">
          Everything stays on this computer, in <span className="path">{dataDir}</span>. Drop briefings anywhere on the window to import them.
        </p>
        <LibraryMaintenance maintenance={maintenance} />
      </main>
      {toEdit && <MetadataDialog briefingId={toEdit.id} onClose={() => setToEdit(null)} />}
      {toDelete && (
        <ConfirmDialog
          title="Delete this briefing?"
          confirmLabel="Delete"
          tone="danger"
          onConfirm={() => void confirmDelete(toDelete)}
          onCancel={() => setToDelete(null)}
        >
          <p>
            <strong>{toDelete.title}</strong> will be removed from your library
            {toDelete.annotations > 0 ? `, with its ${toDelete.annotations} highlights and notes` : ''}. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
