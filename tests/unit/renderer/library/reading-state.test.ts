import { describe, expect, it } from 'vitest';
import { READ_FROM, readingState } from '../../../../src/renderer/src/library/reading-state';

describe('readingState', () => {
  it('reads 0 as unread, a share as a whole percentage (at least 1), and the last lines as read', () => {
    expect(readingState(0)).toEqual({ state: 'unread' });
    expect(readingState(0.001)).toEqual({ state: 'reading', percent: 1 });
    expect(readingState(0.426)).toEqual({ state: 'reading', percent: 42 });
    expect(readingState(READ_FROM - 0.001)).toEqual({ state: 'reading', percent: 96 });
    expect(readingState(READ_FROM)).toEqual({ state: 'read' });
    expect(readingState(1)).toEqual({ state: 'read' });
  });
});
