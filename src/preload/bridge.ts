/**
 * The object the preload puts on `window.briefingReader`, built from the contract: one async
 * function per method (a reply's error becomes a thrown Error with its one-line message) and
 * `onEvent`. Nothing else — no channel names, no generic invoke or send — reaches the page.
 * Electron-free, so a test checks the exposed keys against the contract.
 */
import type { Api, AppEvent, Bridge, MethodName, Reply } from '../shared/contract';
import { METHOD_NAMES } from '../shared/method-names';

export interface BridgeTransport {
  /** Calls a contract method in main and resolves with its reply. */
  call(method: MethodName, input: unknown): Promise<Reply<unknown>>;
  /** Listens for main's events; returns the unsubscribe function. */
  subscribe(listener: (event: AppEvent) => void): () => void;
}

/** Builds the bridge over `transport`. */
export function createBridge(transport: BridgeTransport): Bridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const reply = await transport.call(name, input ?? {});
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      }
    ])
  ) as unknown as Api;
  return { api, onEvent: (listener) => transport.subscribe(listener) };
}
