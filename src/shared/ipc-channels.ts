/**
 * The IPC channel names shared by Electron's main process (src/main/electron/ipc.ts) and the
 * preload: one `api:<method>` channel per contract method, and one channel for the events main
 * pushes to the page. Here because the preload may import nothing from main.
 */
import type { MethodName } from './contract';

export const API_CHANNEL_PREFIX = 'api:';
export const EVENT_CHANNEL = 'app:event';

/** The invoke channel of a contract method, e.g. `api:listBriefings`. */
export function apiChannel(method: MethodName): string {
  return `${API_CHANNEL_PREFIX}${method}`;
}
