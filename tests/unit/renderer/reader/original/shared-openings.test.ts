import { describe, expect, it } from 'vitest';
import { SharedOpenings } from '../../../../../src/renderer/src/reader/original/shared-openings';

/** A stand-in for a PDF document: counts how often it was opened and destroyed. */
function opener() {
  const log = { opened: 0, destroyed: 0 };
  const open = () => {
    log.opened++;
    return Promise.resolve({ destroy: () => void log.destroyed++ });
  };
  return { log, open };
}

/** Lets the promise callbacks already due run (no time passes). */
async function settle() {
  for (let k = 0; k < 3; k++) await Promise.resolve();
}

describe('SharedOpenings', () => {
  it('opens once for every lease on one key (the Original view and the figures share a PDF), and destroys after the last release', async () => {
    const openings = new SharedOpenings<{ destroy(): void }>();
    const { log, open } = opener();
    const view = openings.lease('b1:1', open);
    const figure = openings.lease('b1:1', open);
    expect(await view.opened).toBe(await figure.opened);
    expect(log.opened).toBe(1);
    view.release();
    view.release(); // a second release of one lease counts once
    await settle();
    expect(log.destroyed).toBe(0);
    figure.release();
    await settle();
    expect(log.destroyed).toBe(1);
    // Once closed, the next lease opens it again.
    openings.lease('b1:1', open);
    expect(log.opened).toBe(2);
  });

  it('opens another edition separately', () => {
    const openings = new SharedOpenings<{ destroy(): void }>();
    const { log, open } = opener();
    openings.lease('b1:1', open);
    openings.lease('b1:2', open);
    expect(log.opened).toBe(2);
  });

  it('forgets a failed opening, so the next lease tries again', async () => {
    const openings = new SharedOpenings<{ destroy(): void }>();
    const failing = openings.lease('b1:1', () => Promise.reject(new Error('gone')));
    await expect(failing.opened).rejects.toThrow('gone');
    const { log, open } = opener();
    await openings.lease('b1:1', open).opened;
    expect(log.opened).toBe(1);
  });
});
