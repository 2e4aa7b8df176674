/**
 * Exporting notes — of one briefing or of the whole library — as Markdown, a printable page, CSV,
 * Word or a JSON backup, with citations in the chosen style. The file is saved where the user
 * says, and a toast tells what went into it.
 */
import { useState } from 'react';
import type { CitationStyleId, NotesFormat } from '../../../shared/contract/citations';
import { api, errorMessage } from '../api/client';
import { useCitationStyles } from '../cite/useCitationStyles';
import { Dialog, DialogHeader } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { NOTES_FORMAT_OPTIONS } from './notes-formats';
import { base64Bytes } from '../api/base64';
import { saveFile } from './save-file';
import { CitationStyleSelect } from '../cite/CitationStyleSelect';

export interface ExportNotesDialogProps {
  /** The briefing whose notes to export; the whole library when absent. */
  briefing?: { id: string; title: string };
  onClose(): void;
}

export function ExportNotesDialog({ briefing, onClose }: ExportNotesDialogProps) {
  const styles = useCitationStyles();
  const [format, setFormat] = useState<NotesFormat>('md');
  const [style, setStyle] = useState<CitationStyleId | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToasts();
  const chosenStyle = style ?? (styles.status === 'ready' ? styles.current : undefined);

  const exportNotes = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.exportNotes({ format, ...(briefing ? { briefingId: briefing.id } : {}), ...(chosenStyle ? { style: chosenStyle } : {}) });
      saveFile(file.filename, new Blob([base64Bytes(file.base64)], { type: file.mime }));
      notify({ tone: 'success', message: exportedMessage(file.notes, file.briefings, file.filename) });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog label="Export notes" onClose={onClose} className="form-dialog export-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void exportNotes();
        }}
      >
        <DialogHeader title="Export notes" subtitle={briefing ? `From “${briefing.title}”` : 'From every briefing in the library'} onClose={onClose} />
        <div className="dialog-body">
          <fieldset className="format-choices">
            <legend className="eyebrow">Format</legend>
            {NOTES_FORMAT_OPTIONS.map((option) => (
              <label key={option.format} className={`format-choice${format === option.format ? ' chosen' : ''}`}>
                <input type="radio" name="format" value={option.format} checked={format === option.format} onChange={() => setFormat(option.format)} />
                <span>
                  <span className="format-label">{option.label}</span>
                  <span className="format-description">{option.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <CitationStyleSelect label="Citation style" styles={styles} value={chosenStyle} onChange={setStyle} />
          {error && (
            <p className="inline-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            <Icon name="import" />
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function exportedMessage(notes: number, briefings: number, filename: string): string {
  const n = notes === 1 ? '1 note' : `${notes} notes`;
  const b = briefings === 1 ? '1 briefing' : `${briefings} briefings`;
  return `Exported ${n} from ${b} to ${filename}`;
}
