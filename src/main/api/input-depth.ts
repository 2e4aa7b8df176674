/**
 * Whether a call's input nests more deeply than any legitimate call does. Checked before the
 * input reaches the schema: zod and JSON.stringify recurse, and a few hundred thousand nested
 * arrays would overflow their stack. The walk itself is iterative, so it cannot overflow.
 */
import { MAX_INPUT_DEPTH } from '../../shared/limits';

/** True when `value` has objects or arrays nested more than `limit` levels deep. */
export function nestsTooDeeply(value: unknown, limit = MAX_INPUT_DEPTH): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The one-line refusal for input that nests too deeply. */
export const TOO_DEEP_MESSAGE = `the input is nested more than ${MAX_INPUT_DEPTH} levels deep`;
