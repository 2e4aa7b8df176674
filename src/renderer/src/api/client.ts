/**
 * The renderer's one way to reach main. In Electron the preload puts the typed bridge on `window`;
 * in browser mode there is none, and the same `Api` and events go over HTTP. Everything else in
 * the renderer imports `api` and `onAppEvent` from here and never knows which transport it has.
 */
import type { Api, AppEvent, Bridge } from '../../../shared/contract';
import { openHttpEvents } from './http-events';
import { createHttpApi } from './http-transport';
import { takeAccessToken } from './token';

type Listener = (event: AppEvent) => void;

function httpBridge(): Bridge {
  const token = takeAccessToken();
  const listeners = new Set<Listener>();
  let close: (() => void) | null = null;
  return {
    api: createHttpApi(token),
    onEvent(listener) {
      listeners.add(listener);
      if (!close && token) close = openHttpEvents(token, (event) => listeners.forEach((l) => l(event)));
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && close) {
          close();
          close = null;
        }
      };
    }
  };
}

const bridge: Bridge = (window as unknown as { briefingReader?: Bridge }).briefingReader ?? httpBridge();

/** Every contract method, as an async function that throws an `Error` with a one-line message. */
export const api: Api = bridge.api;

/** Subscribes to main's events (library changed, menu commands, deep links); returns the unsubscribe. */
export function onAppEvent(listener: Listener): () => void {
  return bridge.onEvent(listener);
}

/** The one-line message of anything thrown by an api call. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
