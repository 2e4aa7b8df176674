/** Asks before something that cannot be undone, or that leaves the app (opening a web link). */
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** `danger` paints the confirm button red (deleting). */
  tone?: 'default' | 'danger';
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, children, confirmLabel, tone = 'default', onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog label={title} onClose={onCancel} className="confirm-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2>{title}</h2>
        <div className="confirm-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={tone === 'danger' ? 'button danger' : 'button primary'} autoFocus>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
