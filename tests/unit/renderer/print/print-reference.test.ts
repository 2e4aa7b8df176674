import { describe, expect, it } from 'vitest';
import { printReference } from '../../../../src/renderer/src/print/print-reference';
import type { BriefingMetadata } from '../../../../src/shared/types';

const ANDEAN: BriefingMetadata = {
  title: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region',
  subtitle: null,
  documentType: 'Briefing',
  publisher: 'European Parliamentary Research Service',
  series: 'EPRS Briefing',
  language: 'en',
  year: 2024,
  date: '2024-04',
  authors: [{ family: 'Jütten', given: 'Marc' }],
  peNumber: 'PE 760.390',
  url: null,
  sourceFormat: 'text',
  pages: null
};

describe('printReference', () => {
  it('gives authors, title, series, publisher, date and document number, in that order', () => {
    expect(printReference(ANDEAN)).toBe(
      'Jütten, M., EU cooperation with Latin America: Combating drug trafficking in the Andean region, EPRS Briefing, European Parliamentary Research Service, April 2024, PE 760.390'
    );
  });

  it('leaves out what is not known, and names organisations as written', () => {
    expect(
      printReference({
        ...ANDEAN,
        authors: [{ literal: 'STOA' }],
        publisher: null,
        series: null,
        date: null,
        year: null,
        peNumber: null,
        url: 'https://example.org/b'
      })
    ).toBe('STOA, EU cooperation with Latin America: Combating drug trafficking in the Andean region, Briefing, https://example.org/b');
  });
});
