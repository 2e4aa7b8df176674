/**
 * Importing notes back from a JSON export (a backup, or notes from another computer): the user
 * picks the file, main re-anchors each annotation on its briefing, and a dialog tells what
 * happened — added and how they anchored, already present, briefings not in this library.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { NotesImport } from '../../../shared/contract/citations';
import { api, errorMessage } from '../api/client';
import { readFiles } from '../library/read-files';
import { Dialog, DialogHeader } from '../ui/Dialog';
import { useToasts } from '../ui/toasts';

/** `choose()` opens the file picker; render `element` (the hidden input and the result dialog). */
export function useNotesImport(): { choose(): void; busy: boolean; element: ReactNode } {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<NotesImport | null>(null);
  const { notify } = useToasts();

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const [read] = await readFiles([file]);
      if (!read?.ok) throw new Error(read?.error ?? 'Import: the file could not be read');
      setResult(await api.importNotes({ file: read.file }));
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const choose = useCallback(() => input.current?.click(), []);
  const element = (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        hidden
        data-testid="notes-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {result && <NotesImportResult result={result} onClose={() => setResult(null)} />}
    </>
  );
  return { choose, busy, element };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function NotesImportResult({ result, onClose }: { result: NotesImport; onClose(): void }) {
  const { exact, fuzzy, orphan } = result.reanchored;
  return (
    <Dialog label="Notes imported" onClose={onClose} className="form-dialog import-result">
      <DialogHeader title="Notes imported" onClose={onClose} />
      <div className="dialog-body">
        <p className="muted small">From {result.file}</p>
        <dl className="import-counts">
          <div>
            <dt>Added</dt>
            <dd data-testid="import-added">{result.added}</dd>
          </div>
          <div>
            <dt>Already here</dt>
            <dd data-testid="import-present">{result.alreadyPresent}</dd>
          </div>
        </dl>
        {result.added > 0 && (
          <p>
            {plural(exact, 'note', 'notes')} found {exact === 1 ? 'its' : 'their'} passage exactly, {fuzzy} approximately
            {orphan > 0 ? `, and ${plural(orphan, 'is', 'are')} orphaned (the passage is no longer in the briefing; the quote is kept)` : ''}.
          </p>
        )}
        {result.added === 0 && result.alreadyPresent > 0 && <p>Every note in this file is already in your library; nothing was duplicated.</p>}
        {result.unmatched.length > 0 && (
          <>
            <p>Not imported, because these briefings are not in your library (import them first, then the notes again):</p>
            <ul className="unmatched-list">
              {result.unmatched.map((u) => (
                <li key={u.briefing}>
                  {u.briefing} — {plural(u.annotations, 'note', 'notes')}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="dialog-actions dialog-footer">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </Dialog>
  );
}
