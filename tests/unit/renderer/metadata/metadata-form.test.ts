import { describe, expect, it } from 'vitest';
import { MetadataPatch } from '../../../../src/shared/contract/citations';
import type { BriefingMetadata } from '../../../../src/shared/types';
import { metadataForm, metadataPatch, moveRow, newAuthorRow } from '../../../../src/renderer/src/metadata/metadata-form';

const BUNDLED: BriefingMetadata = {
  title: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
  subtitle: null,
  documentType: 'Briefing',
  publisher: 'European Parliamentary Research Service',
  series: null,
  language: 'en',
  year: 2024,
  date: null,
  authors: [],
  peNumber: null,
  url: null,
  sourceFormat: 'text',
  pages: null
};

describe('metadataForm', () => {
  it('shows missing values as empty fields, and a known year when the date is missing', () => {
    expect(metadataForm(BUNDLED)).toMatchObject({ subtitle: '', series: '', peNumber: '', url: '', date: '2024', authors: [] });
  });

  it('makes a row per author, a person or an organisation', () => {
    const form = metadataForm({ ...BUNDLED, authors: [{ family: 'Jütten', given: 'Marc' }, { literal: 'EPRS' }] });
    expect(form.authors).toMatchObject([
      { kind: 'person', family: 'Jütten', given: 'Marc' },
      { kind: 'organisation', name: 'EPRS' }
    ]);
    expect(new Set(form.authors.map((row) => row.key)).size).toBe(2);
  });
});

describe('metadataPatch', () => {
  it('sends every field, authors as people and organisations, which the contract accepts', () => {
    const form = metadataForm(BUNDLED);
    form.authors = [
      { ...newAuthorRow(), family: 'Jütten', given: 'Marc' },
      { ...newAuthorRow('organisation'), name: 'EPRS' },
      { ...newAuthorRow(), family: 'Solo' }
    ];
    form.date = '2024-04';
    const patch = metadataPatch(form);
    expect(patch).toMatchObject({
      authors: [{ family: 'Jütten', given: 'Marc' }, { literal: 'EPRS' }, { family: 'Solo' }],
      date: '2024-04',
      url: '',
      title: BUNDLED.title
    });
    expect(MetadataPatch.parse(patch)).toMatchObject({ date: '2024-04', url: null, subtitle: null, peNumber: null });
  });

  it('leaves out author rows that were added and left empty', () => {
    const form = metadataForm(BUNDLED);
    form.authors = [newAuthorRow(), { ...newAuthorRow('organisation'), name: '  ' }];
    expect(metadataPatch(form).authors).toEqual([]);
  });

  it('lets the contract refuse a bad value with its one-line message', () => {
    const form = metadataForm(BUNDLED);
    form.url = 'europarl dot eu';
    const result = MetadataPatch.safeParse(metadataPatch(form));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('the URL must be an http:// or https:// address');
  });
});

describe('moveRow', () => {
  it('swaps a row with its neighbour, and stays in bounds', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
