/**
 * Short messages at the bottom of the window: import results, errors from main (always one line,
 * never a stack). Errors are announced assertively to screen readers and stay longer.
 *
 * While a modal dialog is open, the rest of the page sits under its backdrop and is inert, so the
 * newest open dialog draws the toasts inside itself (`ToastOutlet`): above the backdrop, undimmed,
 * their buttons usable. There they sit at the top of the window, not the bottom: a tall dialog ends
 * just above the bottom edge with its Save and Cancel buttons, which a toast must never cover.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon';

export interface Toast {
  message: string;
  tone?: 'info' | 'success' | 'error';
  /** A button that undoes or follows up what the toast reports ("Undo"); the toast closes when it is used. */
  action?: { label: string; run(): void };
}

interface ShownToast extends Required<Omit<Toast, 'action'>>, Pick<Toast, 'action'> {
  id: number;
}

const ToastContext = createContext<{ notify(toast: Toast): void } | null>(null);

interface OutletContextValue {
  toasts: ShownToast[];
  dismiss(id: number): void;
  /** Ids of the mounted outlets, oldest first; the last one draws the toasts. */
  outlets: number[];
  setOutlets(update: (outlets: number[]) => number[]): void;
}

const OutletContext = createContext<OutletContextValue | null>(null);

const DURATION_MS = { info: 5_000, success: 5_000, error: 10_000 };
const MAX_SHOWN = 4;

/** Holds the toasts and shows them above everything else. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (toast: Toast) => {
      const shown: ShownToast = { id: nextId.current++, tone: toast.tone ?? 'info', message: toast.message, action: toast.action };
      setToasts((current) => [...current, shown].slice(-MAX_SHOWN));
      setTimeout(() => dismiss(shown.id), DURATION_MS[shown.tone]);
    },
    [dismiss]
  );
  const context = useMemo(() => ({ notify }), [notify]);
  const [outlets, setOutlets] = useState<number[]>([]);
  const outletContext = useMemo(() => ({ toasts, dismiss, outlets, setOutlets }), [toasts, dismiss, outlets]);
  return (
    <ToastContext.Provider value={context}>
      <OutletContext.Provider value={outletContext}>
        {children}
        {outlets.length === 0 && <ToastStack toasts={toasts} onDismiss={dismiss} />}
      </OutletContext.Provider>
    </ToastContext.Provider>
  );
}

let nextOutletId = 1;

/** Where the toasts are drawn while the dialog holding this outlet is the newest one open. */
export function ToastOutlet() {
  const context = useContext(OutletContext);
  const [id] = useState(() => nextOutletId++);
  const setOutlets = context?.setOutlets;
  useLayoutEffect(() => {
    if (!setOutlets) return;
    setOutlets((outlets) => [...outlets, id]);
    return () => setOutlets((outlets) => outlets.filter((o) => o !== id));
  }, [setOutlets, id]);
  if (!context || context.outlets.at(-1) !== id) return null;
  return <ToastStack toasts={context.toasts} onDismiss={context.dismiss} atTop />;
}

function ToastStack({ toasts, onDismiss, atTop }: { toasts: ShownToast[]; onDismiss(id: number): void; atTop?: boolean }) {
  return (
    <div className={atTop ? 'toasts toasts-top' : 'toasts'} role="region" aria-label="Notifications">
      <div aria-live="polite">
        {toasts
          .filter((t) => t.tone !== 'error')
          .map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={onDismiss} />
          ))}
      </div>
      <div role="alert">
        {toasts
          .filter((t) => t.tone === 'error')
          .map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={onDismiss} />
          ))}
      </div>
    </div>
  );
}

function ToastView({ toast, onDismiss }: { toast: ShownToast; onDismiss(id: number): void }) {
  return (
    <div className={`toast toast-${toast.tone}`}>
      <Icon name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'} />
      <p>{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button small" aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
        <Icon name="x" />
      </button>
    </div>
  );
}

/** `notify({ tone: 'error', message })` from any component. */
export function useToasts() {
  const context = useContext(ToastContext);
  if (!context) throw new Error('useToasts outside ToastProvider');
  return context;
}
