import { describe, expect, it } from 'vitest';
import { uploadBatches } from '../../../../src/renderer/src/library/upload-batches';

const file = (name: string, size: number) => ({ name, data: 'A'.repeat(size) });

describe('uploadBatches', () => {
  it('sends small files in one call, in the order given', () => {
    const files = [file('a', 10), file('b', 20), file('c', 30)];
    expect(uploadBatches(files, 100)).toEqual([files]);
  });

  it('starts a new call whenever the next file would take a call past the limit', () => {
    const [a, b, c, d] = [file('a', 60), file('b', 50), file('c', 40), file('d', 100)];
    expect(uploadBatches([a, b, c, d], 100).map((batch) => batch.map((f) => f.name))).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('puts at most 100 files in a call', () => {
    const files = Array.from({ length: 250 }, (_, i) => file(String(i), 1));
    expect(uploadBatches(files, 1_000_000).map((batch) => batch.length)).toEqual([100, 100, 50]);
  });

  it('sends nothing for no files', () => {
    expect(uploadBatches([], 100)).toEqual([]);
  });
});
