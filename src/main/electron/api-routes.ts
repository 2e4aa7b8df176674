/**
 * The IPC side of the contract, without Electron: one route per contract method, each refusing
 * calls that do not come from the app's own frame before validating and running the call through
 * `dispatch`. ipc.ts registers these routes with `ipcMain.handle`.
 */
import { methodNames, type Handlers, type Reply } from '../../shared/contract';
import { dispatch } from '../api/dispatch';
import { apiChannel } from '../../shared/ipc-channels';
import { isTrustedSender, type SenderFrame } from './security-policy';

/** The part of an `IpcMainInvokeEvent` a route reads. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export type ApiRoute = (event: InvokeEvent, input: unknown) => Promise<Reply<unknown>>;

/** Routes for exactly the contract's methods, keyed by channel (`api:<method>`). */
export function apiRoutes(handlers: Handlers, origin: string): Map<string, ApiRoute> {
  return new Map(
    methodNames.map((name): [string, ApiRoute] => [
      apiChannel(name),
      async (event, input) =>
        isTrustedSender(event.senderFrame, origin)
          ? dispatch(handlers, name, input)
          : { ok: false, error: `API: ${name} refused: the call did not come from the app's own page` }
    ])
  );
}
