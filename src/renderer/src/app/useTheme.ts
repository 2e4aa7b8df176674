/**
 * The theme in use: the one the user chose, or — until they choose — the system's light or dark
 * preference, followed live (the OS switching to dark at sunset switches the app too).
 */
import { useSyncExternalStore } from 'react';
import { useSetting } from './settings';
import { themeSetting, type Theme } from './setting-keys';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemTheme = (): Theme => (window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light');

/** The theme to draw, and a function that saves the user's choice. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [chosen, choose] = useSetting(themeSetting);
  const system = useSyncExternalStore(subscribe, systemTheme);
  return [chosen ?? system, choose];
}
