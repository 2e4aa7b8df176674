import { describe, expect, it } from 'vitest';
import { maintenanceSummary } from '../../../../src/renderer/src/library/maintenance-summary';

describe('maintenanceSummary', () => {
  it('says how far the library shrank and how many index words went, in one line', () => {
    expect(maintenanceSummary({ removedTerms: 1204, bytesBefore: 12.3 * 2 ** 20, bytesAfter: 9.8 * 2 ** 20 })).toBe(
      'Library compacted: 12.3 MB → 9.8 MB, 1,204 unused index words removed.'
    );
  });

  it('counts one word in the singular and says so when there was none', () => {
    expect(maintenanceSummary({ removedTerms: 1, bytesBefore: 2 ** 21, bytesAfter: 2 ** 21 })).toBe(
      'Library compacted: 2.0 MB → 2.0 MB, 1 unused index word removed.'
    );
    expect(maintenanceSummary({ removedTerms: 0, bytesBefore: 2 ** 21, bytesAfter: 2 ** 20 })).toBe(
      'Library compacted: 2.0 MB → 1.0 MB, no unused index words to remove.'
    );
  });
});
