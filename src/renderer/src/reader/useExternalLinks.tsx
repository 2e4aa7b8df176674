/**
 * Leaving the app is the user's decision: a link from a briefing opens only after they have seen
 * where it goes. In Electron, `openExternal` asks in a native dialog and opens the system browser;
 * in browser mode the page asks here and opens a new tab that cannot reach back into this one.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { api, errorMessage } from '../api/client';
import { useAppInfo } from '../app/app-info';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToasts } from '../ui/toasts';

/** `open(url)` asks and opens; render `dialog` where the confirmation may appear. */
export function useExternalLinks(): { open(url: string): void; dialog: ReactNode } {
  const { linksOpenInSystemBrowser } = useAppInfo();
  const { notify } = useToasts();
  const [pending, setPending] = useState<string | null>(null);

  const open = useCallback(
    (url: string) => {
      if (!linksOpenInSystemBrowser) {
        setPending(url);
        return;
      }
      api.openExternal({ url }).catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }));
    },
    [linksOpenInSystemBrowser, notify]
  );

  const dialog = pending && (
    <ConfirmDialog
      title={`Open a page on ${new URL(pending).host}?`}
      confirmLabel="Open in new tab"
      onConfirm={() => {
        window.open(pending, '_blank', 'noopener,noreferrer');
        setPending(null);
      }}
      onCancel={() => setPending(null)}
    >
      <p>This link leaves Briefing Reader:</p>
      <p className="link-preview">{pending}</p>
    </ConfirmDialog>
  );
  return { open, dialog };
}
