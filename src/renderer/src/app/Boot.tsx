/**
 * Starts the app: loads the settings and app info (the first calls to main, which also prove the connection),
 * then mounts the providers and the app. When main cannot be reached — browser mode without its
 * token, or the server stopped — it says so in one line instead of showing a broken app.
 */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/library';
import { api, errorMessage } from '../api/client';
import { ImportProvider } from '../library/import-context';
import { Icon } from '../ui/Icon';
import { ToastProvider } from '../ui/toasts';
import { App } from './App';
import { AppInfoContext } from './app-info';
import { CommandProvider } from './commands';
import { SettingsProvider } from './settings';

export function Boot() {
  const [started, setStarted] = useState<{ settings: Record<string, unknown>; info: AppInfo } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.getSettings({}), api.appInfo({})]).then(
      ([settings, info]) => setStarted({ settings, info }),
      (e: unknown) => setError(errorMessage(e))
    );
  }, []);

  if (error) {
    return (
      <main className="boot-error">
        <div className="empty-state">
          <Icon name="alert" className="empty-icon" />
          <h1>Briefing Reader cannot reach its library</h1>
          <p>{error}</p>
        </div>
      </main>
    );
  }
  if (!started) return null;
  return (
    <AppInfoContext.Provider value={started.info}>
      <ToastProvider>
        <SettingsProvider initial={started.settings}>
          <CommandProvider>
            <ImportProvider>
              <App />
            </ImportProvider>
          </CommandProvider>
        </SettingsProvider>
      </ToastProvider>
    </AppInfoContext.Provider>
  );
}
