/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the rest of the
 * page inert, closes on Escape and restores focus afterwards. Open while mounted.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';
import { ToastOutlet } from './toasts';

export interface DialogProps {
  /** Names the dialog for assistive technology. */
  label: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

export function Dialog({ label, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const closed = () => onCloseRef.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-label={label}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === ref.current) ref.current.close();
      }}
    >
      {children}
      <ToastOutlet />
    </dialog>
  );
}

export interface DialogHeaderProps {
  title: string;
  /** A line under the title saying what the dialog works on. */
  subtitle?: string;
  onClose(): void;
  /** Focus the close button when the dialog opens (dialogs with nothing else to focus). */
  autoFocusClose?: boolean;
}

/** A dialog's title, with the close button every dialog has at its top right. */
export function DialogHeader({ title, subtitle, onClose, autoFocusClose }: DialogHeaderProps) {
  const heading = <h2>{title}</h2>;
  return (
    // A div, not a <header>: inside a dialog a header would be announced as the page's banner.
    <div className="dialog-header">
      {subtitle === undefined ? (
        heading
      ) : (
        <div>
          {heading}
          <p className="muted small dialog-subtitle">{subtitle}</p>
        </div>
      )}
      <button type="button" className="icon-button" aria-label="Close" onClick={onClose} autoFocus={autoFocusClose}>
        <Icon name="x" />
      </button>
    </div>
  );
}
