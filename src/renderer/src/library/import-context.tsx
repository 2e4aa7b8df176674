/**
 * Importing briefings from anywhere in the app: the Import button, ⌘/Ctrl+O, the application menu
 * and files dropped on the window all end here. Files go to main as base64 through `importFiles`;
 * each file's outcome is reported — imported, already in the library, or why it was refused.
 * One file is reported in a toast; several (or a folder) get the progress list, one call a file
 * so that each row moves on as its file is done and Cancel stops before the next one.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ImportOutcome } from '../../../shared/types';
import { api, errorMessage } from '../api/client';
import { useCommand } from '../app/commands';
import { useToasts, type Toast } from '../ui/toasts';
import { ImportProgress } from './ImportProgress';
import { cancelWaiting, rowFromOutcome, waitingRows, withStatus, type ImportRow } from './import-progress';
import { IMPORTABLE } from './dropped-files';
import { readFiles } from './read-files';
import { uploadBatches } from './upload-batches';

interface ImportContextValue {
  /** Opens the system's file picker. */
  chooseFiles(): void;
  /** Opens the system's folder picker. */
  chooseFolder(): void;
  importFiles(files: readonly File[]): Promise<void>;
  /** Closes the progress list if every file is done: the user has moved on (see App). */
  dismissFinished(): void;
  busy: boolean;
}

const ImportContext = createContext<ImportContextValue | null>(null);

/** Accepted in the picker; the importer itself decides from the content. */
const ACCEPT = '.pdf,.txt,.text,.md,.markdown,.html,.htm,application/pdf,text/plain,text/markdown,text/html';

export function ImportProvider({ children }: { children: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { notify } = useToasts();

  const folderInput = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const cancelled = useRef(false);

  const importMany = useCallback(async (files: readonly File[]) => {
    cancelled.current = false;
    let current = waitingRows(files.map((f) => f.webkitRelativePath || f.name));
    setRows(current);
    setBusy(true);
    try {
      for (const [index, file] of files.entries()) {
        if (cancelled.current) break;
        current = withStatus(current, index, 'parsing');
        setRows(current);
        const [read] = await readFiles([file]);
        let row: ImportRow;
        if (!read!.ok) row = { ...current[index]!, status: 'failed', detail: read!.error };
        else {
          try {
            const [outcome] = await api.importFiles({ files: [read!.file] });
            row = rowFromOutcome(current[index]!, outcome!);
          } catch (error) {
            row = { ...current[index]!, status: 'failed', detail: errorMessage(error) };
          }
        }
        current = current.map((r, i) => (i === index ? row : r));
        setRows(current);
      }
      if (cancelled.current) setRows(cancelWaiting(current));
    } finally {
      setBusy(false);
    }
  }, []);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      if (files.length > 1) return importMany(files);
      setBusy(true);
      try {
        const read = await readFiles(files);
        for (const outcome of read) if (!outcome.ok) notify({ tone: 'error', message: outcome.error });
        const ready = read.flatMap((outcome) => (outcome.ok ? [outcome.file] : []));
        const outcomes: ImportOutcome[] = [];
        for (const batch of uploadBatches(ready)) outcomes.push(...(await api.importFiles({ files: batch })));
        for (const toast of summarise(outcomes)) notify(toast);
      } catch (error) {
        notify({ tone: 'error', message: errorMessage(error) });
      } finally {
        setBusy(false);
      }
    },
    [notify, importMany]
  );
  const chooseFiles = useCallback(() => input.current?.click(), []);
  const chooseFolder = useCallback(() => folderInput.current?.click(), []);
  const dismissFinished = useCallback(() => {
    if (!busy) setRows(null);
  }, [busy]);
  useCommand('import', chooseFiles);

  const context = useMemo(
    () => ({ chooseFiles, chooseFolder, importFiles, dismissFinished, busy }),
    [chooseFiles, chooseFolder, importFiles, dismissFinished, busy]
  );
  return (
    <ImportContext.Provider value={context}>
      {children}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void importFiles(files);
        }}
      />
      <input
        ref={(element) => {
          folderInput.current = element;
          // React has no prop for it: the folder picker of Chromium and Electron.
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        data-testid="import-folder-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []).filter((file) => IMPORTABLE.test(file.name));
          event.target.value = '';
          void importMany(files);
        }}
      />
      {rows && <ImportProgress rows={rows} running={busy} onCancel={() => (cancelled.current = true)} onClose={() => setRows(null)} />}
    </ImportContext.Provider>
  );
}

export function useImport(): ImportContextValue {
  const context = useContext(ImportContext);
  if (!context) throw new Error('useImport outside ImportProvider');
  return context;
}

/** One toast for everything imported, one per duplicate or failure. */
function summarise(outcomes: readonly ImportOutcome[]): Toast[] {
  const imported = outcomes.flatMap((o) => ('id' in o ? [o] : []));
  const toasts: Toast[] = [];
  if (imported.length === 1) toasts.push({ tone: 'success', message: `Imported “${imported[0]!.title}”` });
  else if (imported.length > 1) toasts.push({ tone: 'success', message: `Imported ${imported.length} briefings` });
  for (const outcome of outcomes) {
    if ('error' in outcome) toasts.push({ tone: outcome.duplicateOf ? 'info' : 'error', message: outcome.error });
  }
  return toasts;
}
