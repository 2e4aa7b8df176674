import { describe, expect, it } from 'vitest';
import { accuracyReport, measureFactAccuracy } from '../../../bench/facts';

describe('fact extraction against the hand-labelled statistics (tests/fixtures/facts)', () => {
  it('finds the labelled facts with value, unit and period right, and takes nothing else for a statistic', async () => {
    const accuracy = await measureFactAccuracy();
    // The figures are printed so that every run reports them.
    console.info(accuracyReport(accuracy));
    expect(accuracy.precision).toBeGreaterThanOrEqual(0.9);
    expect(accuracy.recall).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
