/**
 * The one place main touches raw IPC (lint-enforced): registers a handler for each contract method
 * and pushes events to the page. Everything else talks to the page through these two functions.
 */
import { ipcMain, type WebContents } from 'electron';
import type { AppEvent, Handlers } from '../../shared/contract';
import { apiRoutes } from './api-routes';
import { EVENT_CHANNEL } from '../../shared/ipc-channels';

/** Answers `api:<method>` calls from the app's own page (at `origin`) with `handlers`. */
export function registerApi(handlers: Handlers, origin: string): void {
  for (const [channel, route] of apiRoutes(handlers, origin)) ipcMain.handle(channel, route);
}

/** Sends an event to the page, unless its window has gone. */
export function sendAppEvent(contents: WebContents, event: AppEvent): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
