/**
 * Short messages at the bottom of the window: import results, errors from main (always one line,
 * never a stack). Errors are announced assertively to screen readers and stay longer.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
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
  return (
    <ToastContext.Provider value={context}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        <div aria-live="polite">
          {toasts
            .filter((t) => t.tone !== 'error')
            .map((t) => (
              <ToastView key={t.id} toast={t} onDismiss={dismiss} />
            ))}
        </div>
        <div role="alert">
          {toasts
            .filter((t) => t.tone === 'error')
            .map((t) => (
              <ToastView key={t.id} toast={t} onDismiss={dismiss} />
            ))}
        </div>
      </div>
    </ToastContext.Provider>
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
