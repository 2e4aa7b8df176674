import { describe, expect, it } from 'vitest';
import { mergeMetadata } from '../../../src/main/library/annotations/edition-metadata';
import type { BriefingMetadata } from '../../../src/shared/types';
import { parsedBriefing } from './library-fixtures';

const parsed: BriefingMetadata = { ...parsedBriefing('Combating drug trafficking', []).metadata, publisher: 'EPRS' };

describe('mergeMetadata', () => {
  it('keeps what the user changed, takes what the new file says for the rest, and keeps values the new file lacks', () => {
    const current = { ...parsed, title: 'My title', authors: [{ family: 'Jütten', given: 'Marc' }], url: 'https://example.eu/b' };
    const next = { ...parsed, title: 'Combating drug trafficking (2nd ed.)', year: 2025, publisher: null, date: '2025-02', url: 'https://new.eu' };
    expect(mergeMetadata(current, parsed, next)).toEqual({
      ...parsed,
      title: 'My title',
      authors: [{ family: 'Jütten', given: 'Marc' }],
      url: 'https://example.eu/b',
      year: 2025,
      date: '2025-02',
      publisher: 'EPRS'
    });
  });

  it("without a record of the old file, treats every filled field as the user's and fills only empty ones", () => {
    const next = { ...parsed, year: 2025, date: '2025-02' };
    expect(mergeMetadata(parsed, null, next)).toEqual({ ...parsed, date: '2025-02' });
  });
});
