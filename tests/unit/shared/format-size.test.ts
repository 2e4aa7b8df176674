import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../src/shared/format-size';

describe('formatSize', () => {
  it('gives a small library in kilobytes, never as 0, and a larger one in megabytes', () => {
    expect(formatSize(640 * 1024)).toBe('640 KB');
    expect(formatSize(100)).toBe('1 KB');
    expect(formatSize(2 ** 20)).toBe('1.0 MB');
  });
});
