/**
 * Importing briefings from anywhere in the app: the Import button, ⌘/Ctrl+O, the application menu
 * and files dropped on the window all end here. Files go to main as base64 through `importFiles`;
 * each file's outcome is reported — imported, already in the library, or why it was refused.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ImportOutcome } from '../../../shared/types';
import { api, errorMessage } from '../api/client';
import { useCommand } from '../app/commands';
import { useToasts, type Toast } from '../ui/toasts';
import { readFiles } from './read-files';
import { uploadBatches } from './upload-batches';

interface ImportContextValue {
  /** Opens the system's file picker. */
  chooseFiles(): void;
  importFiles(files: readonly File[]): Promise<void>;
  busy: boolean;
}

const ImportContext = createContext<ImportContextValue | null>(null);

/** Accepted in the picker; the importer itself decides from the content. */
const ACCEPT = '.txt,.text,.md,text/plain,text/markdown';

export function ImportProvider({ children }: { children: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { notify } = useToasts();

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
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
    [notify]
  );
  const chooseFiles = useCallback(() => input.current?.click(), []);
  useCommand('import', chooseFiles);

  const context = useMemo(() => ({ chooseFiles, importFiles, busy }), [chooseFiles, importFiles, busy]);
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
