/**
 * Runs one contract call from an untrusted caller (the renderer over IPC or HTTP): checks the
 * method name, validates the input against the contract's schema, runs the handler, and flattens
 * any failure into a one-line message. Nothing throws across the boundary.
 */
import { contract, type Handlers, type MethodName, type Reply } from '../../shared/contract';
import { describeError } from '../library/errors';
import { nestsTooDeeply, TOO_DEEP_MESSAGE } from './input-depth';

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Reply<unknown>> {
  if (!isMethodName(name)) return { ok: false, error: `API: unknown method "${name}"` };
  if (nestsTooDeeply(rawInput)) return { ok: false, error: `API: invalid input for ${name}: ${TOO_DEEP_MESSAGE}` };
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: `API: invalid input for ${name}${where}: ${issue?.message ?? 'rejected'}` };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
