/**
 * The sandboxed preload (bundled to out/preload/index.cjs): exposes the contract to the page as
 * `window.briefingReader` through the context bridge. The page never sees ipcRenderer; it gets
 * exactly one function per contract method and `onEvent` (bridge.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { AppEvent, Reply } from '../shared/contract';
import { apiChannel, EVENT_CHANNEL } from '../shared/ipc-channels';
import { createBridge } from './bridge';
import { EventHub } from './event-hub';

const events = new EventHub();
ipcRenderer.on(EVENT_CHANNEL, (_event, appEvent: AppEvent) => events.publish(appEvent));

contextBridge.exposeInMainWorld(
  'briefingReader',
  createBridge({
    call: (method, input) => ipcRenderer.invoke(apiChannel(method), input) as Promise<Reply<unknown>>,
    subscribe: (listener) => events.subscribe(listener)
  })
);
