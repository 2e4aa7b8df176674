import { describe, expect, it } from 'vitest';
import { findDeepLink, isDeepLink } from '../../../src/main/electron/deep-link';

describe('findDeepLink', () => {
  it('finds the link a second launch was given on Windows or Linux', () => {
    expect(findDeepLink(['/opt/Briefing Reader/briefing-reader', '--enable-logging', 'briefing-reader://open?briefing=abc123'])).toBe(
      'briefing-reader://open?briefing=abc123'
    );
  });

  it('finds nothing in an ordinary launch or in lookalike arguments', () => {
    expect(findDeepLink(['/usr/bin/electron', '.'])).toBeUndefined();
    expect(findDeepLink(['electron', 'https://briefing-reader.example/', 'briefing-readerx://a'])).toBeUndefined();
  });
});

describe('isDeepLink', () => {
  it('accepts briefing-reader links only, of reasonable length', () => {
    expect(isDeepLink('briefing-reader://search?q=coca')).toBe(true);
    expect(isDeepLink('BRIEFING-READER://open')).toBe(true);
    expect(isDeepLink('javascript:alert(1)')).toBe(false);
    expect(isDeepLink(`briefing-reader://open?q=${'a'.repeat(3000)}`)).toBe(false);
  });
});
