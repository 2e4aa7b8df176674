import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../../src/shared/contract/annotations';
import { annotationFilter, groupByBriefing, isFiltered, NO_FILTER } from '../../../../src/renderer/src/notes/notes-filter';

function view(id: string, briefingId: string): AnnotationView {
  return {
    id,
    briefingId,
    briefingTitle: `Briefing ${briefingId}`,
    sectionTitle: null,
    sectionId: null,
    blockId: null,
    quote: id,
    prefix: '',
    suffix: '',
    start: 0,
    end: 1,
    note: '',
    color: 'yellow',
    tags: [],
    status: 'exact',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z'
  };
}

describe('annotationFilter', () => {
  it('asks for everything in reading order when nothing is set', () => {
    expect(annotationFilter(NO_FILTER)).toEqual({ sort: 'position' });
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('sends only the filters that are set, the text trimmed', () => {
    const state = { colors: ['pink' as const, 'green' as const], tag: 'ecuador', status: 'orphan' as const, text: '  unodc ', sort: 'created' as const };
    expect(annotationFilter(state)).toEqual({ sort: 'created', colors: ['pink', 'green'], tags: ['ecuador'], statuses: ['orphan'], text: 'unodc' });
    expect(isFiltered(state)).toBe(true);
    expect(isFiltered({ ...NO_FILTER, text: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, sort: 'created' })).toBe(false);
  });
});

describe('groupByBriefing', () => {
  it('groups by briefing in the order they first appear, keeping the order inside each group', () => {
    const groups = groupByBriefing([view('a1', 'A'), view('b1', 'B'), view('a2', 'A'), view('c1', 'C'), view('b2', 'B')]);
    expect(groups.map((g) => [g.briefingTitle, g.annotations.map((a) => a.id)])).toEqual([
      ['Briefing A', ['a1', 'a2']],
      ['Briefing B', ['b1', 'b2']],
      ['Briefing C', ['c1']]
    ]);
  });

  it('gives no group for no annotations', () => {
    expect(groupByBriefing([])).toEqual([]);
  });
});
