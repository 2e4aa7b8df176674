import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../../../src/renderer/src/app/deep-link';

describe('parseDeepLink', () => {
  it('reads the briefing and the block of an open link', () => {
    expect(parseDeepLink('briefing-reader://open?briefing=k7m2x9qa&block=42')).toEqual({ briefingId: 'k7m2x9qa', blockId: 42 });
    expect(parseDeepLink('briefing-reader://open?briefing=k7m2x9qa')).toEqual({ briefingId: 'k7m2x9qa' });
  });

  it('ignores other schemes, other actions and malformed ids', () => {
    expect(parseDeepLink('https://open?briefing=k7m2x9qa')).toBeNull();
    expect(parseDeepLink('briefing-reader://delete?briefing=k7m2x9qa')).toBeNull();
    expect(parseDeepLink('briefing-reader://open?briefing=../../etc')).toBeNull();
    expect(parseDeepLink('not a url')).toBeNull();
  });

  it('drops a block number that is not a positive integer', () => {
    expect(parseDeepLink('briefing-reader://open?briefing=abc&block=-3')).toEqual({ briefingId: 'abc' });
    expect(parseDeepLink('briefing-reader://open?briefing=abc&block=1.5')).toEqual({ briefingId: 'abc' });
  });
});
