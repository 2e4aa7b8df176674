/**
 * The contract over HTTP, for browser mode: `POST /api/<method>` with JSON input and the per-run
 * token in a header; the server answers with the same `Reply` the Electron bridge gives. Every
 * failure, the network's included, becomes an `Error` with a one-line message.
 */
import type { Api, MethodName, Reply } from '../../../shared/contract';
import { METHOD_NAMES } from '../../../shared/method-names';

/** Must match src/main/web/security.ts. */
export const TOKEN_HEADER = 'X-Briefing-Token';

const NO_TOKEN = 'Browser mode: this tab has no access token — open the link printed by `npm run web`';

/** Builds an `Api` whose calls go to this page's own origin. */
export function createHttpApi(token: string | null): Api {
  const call = async (method: MethodName, input: unknown): Promise<unknown> => {
    if (!token) throw new Error(NO_TOKEN);
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {})
      });
    } catch {
      throw new Error('Browser mode: the Briefing Reader server is not answering — is `npm run web` still running?');
    }
    let reply: Reply<unknown>;
    try {
      reply = (await response.json()) as Reply<unknown>;
    } catch {
      throw new Error(`Browser mode: the server answered ${response.status} ${response.statusText} without a reply`);
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
  return Object.fromEntries(METHOD_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as Api;
}
