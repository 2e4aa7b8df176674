/**
 * "Update from file…": replaces the briefing's text with a new edition picked from disk, keeps
 * its annotations by re-anchoring them, and says how that went — how many annotations are exactly
 * where they were, found again approximately, or orphaned.
 */
import { useCallback, useRef, useState } from 'react';
import type { EditionUpdate } from '../../../shared/contract/annotations';
import { api, errorMessage } from '../api/client';
import { useCommand } from '../app/commands';
import { readFiles } from '../library/read-files';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';

const ACCEPT = '.txt,.text,.md,text/plain,text/markdown';

/** "Updated to edition 3: 12 exact, 2 fuzzy, 1 orphaned". */
export function describeUpdate(edition: number, update: EditionUpdate): string {
  const { exact, fuzzy, orphan } = update.reanchored;
  return `Updated to edition ${edition}: ${exact} exact, ${fuzzy} fuzzy, ${orphan} orphaned`;
}

export interface UpdateFromFileProps {
  briefingId: string;
  edition: number;
  /** Loads the new edition into the reader. */
  onUpdated(): void;
}

/** The picker and the result dialog; `choose` opens the picker (also the menu command). */
export function useUpdateFromFile({ briefingId, edition, onUpdated }: UpdateFromFileProps) {
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ edition: number; update: EditionUpdate } | null>(null);
  const { notify } = useToasts();
  const choose = useCallback(() => input.current?.click(), []);
  useCommand('update-from-file', choose);

  const picked = async (files: File[]) => {
    const [outcome] = await readFiles(files.slice(0, 1));
    if (!outcome) return;
    if (!outcome.ok) {
      notify({ tone: 'error', message: outcome.error });
      return;
    }
    try {
      const update = await api.updateBriefingFromFile({ id: briefingId, file: outcome.file });
      onUpdated();
      setResult({ edition: edition + 1, update });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const element = (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="update-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void picked(files);
        }}
      />
      {result && (
        <Dialog label="Briefing updated" onClose={() => setResult(null)} className="update-dialog">
          <h2>
            <Icon name="refresh" /> New edition loaded
          </h2>
          <p className="update-summary">{describeUpdate(result.edition, result.update)}</p>
          <ul className="update-counts">
            <li className="status-exact">
              <strong>{result.update.reanchored.exact}</strong> exact — still on the same words
            </li>
            <li className="status-fuzzy">
              <strong>{result.update.reanchored.fuzzy}</strong> fuzzy — the words changed; found again nearby
            </li>
            <li className="status-orphan">
              <strong>{result.update.reanchored.orphan}</strong> orphaned — the passage is gone; kept in the sidebar with its note
            </li>
          </ul>
          <p className="muted">Open “What changed?” on an annotation in the sidebar to compare its passage with the previous edition.</p>
          <div className="dialog-actions">
            <button type="button" className="button primary" autoFocus onClick={() => setResult(null)}>
              Done
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
  return { choose, element };
}
