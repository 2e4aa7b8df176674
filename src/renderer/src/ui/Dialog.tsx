/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the rest of the
 * page inert, closes on Escape and restores focus afterwards. Open while mounted.
 */
import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
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
  const closed = useEffectEvent(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    let told = false;
    const tellOwner = () => {
      if (told) return;
      told = true;
      closed();
    };
    // Escape fires `cancel` at once, while `close` waits for the next rendered frame: a key pressed
    // in between would reach an app that still thinks the dialog is open. So the owner hears of
    // Escape straight away and closes the dialog by unmounting it.
    const onCancel = (event: Event) => {
      event.preventDefault();
      tellOwner();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', tellOwner);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', tellOwner);
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
        if (event.target === ref.current) onClose();
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
