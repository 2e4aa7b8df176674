/**
 * Reading positions on their way to the library. The reader saves one as it closes; the library
 * view that replaces it waits for that save before listing, so the progress it shows is the one
 * the user just left, not the one before.
 */
let pending: Promise<unknown> = Promise.resolve();

export function trackPositionSave(save: Promise<unknown>): void {
  pending = Promise.allSettled([pending, save]);
}

/** Resolves once every save started so far has been answered (or failed). */
export function positionSavesSettled(): Promise<unknown> {
  return pending;
}
