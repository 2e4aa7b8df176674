/**
 * How a method of the contract is declared: a zod schema for its input (checked on the main side
 * before any handler runs) and, as a type only, its result.
 *
 *   listBriefings: method<BriefingSummary[]>()(z.object({ sort: BriefingSort.optional() }))
 */
import { z } from 'zod';

// zod 4 compiles object schemas with `new Function` when it can. The page's Content-Security-Policy
// forbids eval, so in the page that probe only shows up as a CSP violation; jitless mode never
// tries, and validates the same way everywhere. Every contract file imports this module, so this
// runs before any schema parses.
z.config({ jitless: true });

export interface MethodSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  /** Never set: carries the result type for the derived client and handler types. */
  readonly output?: Output;
}

/** Declares a method whose result is `Output`. Curried so that `Input` is inferred from the schema. */
export function method<Output>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Output> => ({ input });
}

/** A reply as it crosses a process boundary: a value, or a one-line error message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
