/**
 * How a method of the contract is declared: a zod schema for its input (checked on the main side
 * before any handler runs) and, as a type only, its result.
 *
 *   listBriefings: method<BriefingSummary[]>()(z.object({ sort: BriefingSort.optional() }))
 */
import { type z } from 'zod';
// Every contract file imports this module, so jitless mode is set before any schema parses.
import '../zod-jitless';

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
