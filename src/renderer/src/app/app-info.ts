/** What main says about itself at start (version, data folder, how links leave the app). */
import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared/contract/library';

export const AppInfoContext = createContext<AppInfo | null>(null);

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside AppInfoContext');
  return info;
}
