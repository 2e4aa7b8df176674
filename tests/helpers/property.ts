/**
 * Property-based tests are reproducible. `npm test` (and so CI) runs every property with one fixed
 * seed, so a commit passes or fails the same way every time; a failure prints the seed and the
 * path of the shrunk counterexample (fast-check's own report), which replay it exactly.
 *
 * `npm run test:fuzz` (scripts/fuzz.mjs) runs the same properties with a fresh random seed and many
 * more runs, to find new bugs: it sets BRIEFING_FUZZ_SEED and BRIEFING_FUZZ_FACTOR. A counterexample
 * it finds becomes a plain regression test beside the property.
 */
import fc from 'fast-check';

/** The seed of every property in `npm test`: any fixed number would do; this one is the day it was fixed. */
const FIXED_SEED = 20_261_203;

/** The seed in force: the fuzzer's when it runs, the fixed one otherwise. */
export const PROPERTY_SEED = process.env.BRIEFING_FUZZ_SEED ? Number(process.env.BRIEFING_FUZZ_SEED) : FIXED_SEED;

/** How many times more runs each property gets under the fuzzer (1 in `npm test`). */
const FACTOR = process.env.BRIEFING_FUZZ_FACTOR ? Math.max(1, Number(process.env.BRIEFING_FUZZ_FACTOR)) : 1;

/** A property's number of runs: `base` in `npm test`, `base` times the fuzz factor under the fuzzer. */
export function runs(base: number): number {
  return base * FACTOR;
}

/** Sets the seed and the default number of runs for every `fc.assert` of the process. */
export function configurePropertyTests(): void {
  if (!Number.isSafeInteger(PROPERTY_SEED)) throw new Error(`Property tests: BRIEFING_FUZZ_SEED "${process.env.BRIEFING_FUZZ_SEED}" is not an integer`);
  fc.configureGlobal({ seed: PROPERTY_SEED, numRuns: runs(100) });
}
