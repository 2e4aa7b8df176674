/**
 * The user's preferences (theme, text size, library sort, recent searches), loaded once at start
 * and saved through the contract on every change, so that they survive reloads and restarts. A
 * setting is declared once with its key, default and validation; components read and write it with
 * `useSetting`.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, errorMessage } from '../api/client';
import { useToasts } from '../ui/toasts';
import type { SettingDefinition } from './setting-definition';

export type { SettingDefinition };

interface SettingsContextValue {
  values: Record<string, unknown>;
  save(key: string, value: unknown): void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Provides the settings loaded at start (`initial`) to everything below. */
export function SettingsProvider({ initial, children }: { initial: Record<string, unknown>; children: ReactNode }) {
  const [values, setValues] = useState(initial);
  const { notify } = useToasts();
  const save = useCallback(
    (key: string, value: unknown) => {
      setValues((current) => ({ ...current, [key]: value }));
      api.saveSettings({ values: { [key]: value as never } }).catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }));
    },
    [notify]
  );
  const context = useMemo(() => ({ values, save }), [values, save]);
  return <SettingsContext.Provider value={context}>{children}</SettingsContext.Provider>;
}

/** The current value of a setting and a function that changes and saves it. */
export function useSetting<T>(definition: SettingDefinition<T>): [T, (value: T) => void] {
  const context = useContext(SettingsContext);
  if (!context) throw new Error('useSetting outside SettingsProvider');
  const value = definition.read(context.values[definition.key]) ?? definition.fallback;
  const { save } = context;
  const set = useCallback((next: T) => save(definition.key, next), [save, definition.key]);
  return [value, set];
}
