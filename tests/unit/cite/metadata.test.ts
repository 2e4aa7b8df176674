import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import { dispatch } from '../../../src/main/api/dispatch';
import { BUNDLED_BRIEFING, tempLibrary } from '../../helpers/temp-library';

const services = tempLibrary();
afterAll(() => services.close());
const { library } = services;
const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
const id = (outcome as { id: string }).id;
const parsedMetadata = () =>
  JSON.parse((library.db.prepare('SELECT parsed_metadata FROM briefings WHERE id = ?').get(id) as { parsed_metadata: string }).parsed_metadata) as unknown;

describe('Library.updateMetadata', () => {
  it('completes what the file lacks — author, date, PE number, URL — and keeps the year in step with the date', () => {
    const asParsed = parsedMetadata();
    const metadata = library.updateMetadata(id, {
      authors: [{ family: 'Jütten', given: 'Marc' }],
      date: '2024-04',
      peNumber: ' PE 760.390 ',
      url: 'https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2024)760390'
    });
    expect(metadata).toMatchObject({
      authors: [{ family: 'Jütten', given: 'Marc' }],
      date: '2024-04',
      year: 2024,
      peNumber: 'PE 760.390',
      title: 'EU cooperation with Latin America: Combating drug trafficking in the Andean region'
    });
    expect(library.get(id).metadata).toEqual(metadata);
    // The parser's reading is kept apart, so a new edition knows these fields were edited by hand.
    expect(parsedMetadata()).toEqual(asParsed);
  });

  it('clears an optional field given empty text, and the year with the date', () => {
    library.updateMetadata(id, { series: 'EPRS Briefing', date: '2024-04-12' });
    expect(library.updateMetadata(id, { series: '', date: '' })).toMatchObject({ series: null, date: null, year: null });
    library.updateMetadata(id, { date: '2024-04' });
  });

  it.each([
    [{ date: '2024-13' }, 'Metadata: the date must be an ISO date: 2024, 2024-04 or 2024-04-12'],
    [{ date: '2023-02-29' }, 'Metadata: the date must be an ISO date: 2024, 2024-04 or 2024-04-12'],
    [{ date: 'April 2024' }, 'Metadata: the date must be an ISO date: 2024, 2024-04 or 2024-04-12'],
    [{ url: 'javascript:alert(1)' }, 'Metadata: the URL must be an http:// or https:// address'],
    [{ url: 'ftp://example.org/briefing.pdf' }, 'Metadata: the URL must be an http:// or https:// address'],
    [{ title: '   ' }, 'Metadata: the title is empty'],
    [{ title: 'Two\nlines' }, 'Metadata: the title must be one line'],
    [{ authors: [{ family: '' }] }, "Metadata: an author's family name is empty"],
    [{ language: 'English' }, 'Metadata: the language must be a BCP 47 tag such as "en" or "pt-BR"'],
    [{ colour: 'red' }, 'Metadata: there is no field "colour"']
  ])('refuses %j with a one-line message and changes nothing', (patch, message) => {
    const before = library.get(id).metadata;
    expect(() => library.updateMetadata(id, patch)).toThrow(message);
    expect(library.get(id).metadata).toEqual(before);
  });

  it('accepts a leap day and names an unknown briefing', () => {
    expect(library.updateMetadata(id, { date: '2024-02-29' }).date).toBe('2024-02-29');
    expect(() => library.updateMetadata('zzzzzzzz', { date: '2024' })).toThrow('Library: no briefing with id "zzzzzzzz"');
  });
});

describe('the updateMetadata contract method', () => {
  it('saves through the API, tells the windows the library changed, and refuses bad input with the field named', async () => {
    let changed = 0;
    const handlers = createHandlers({ library, version: 'test', notifyLibraryChanged: () => changed++ });
    const saved = await dispatch(handlers, 'updateMetadata', {
      id,
      patch: { peNumber: 'PE 760.390', authors: [{ literal: 'European Parliamentary Research Service' }] }
    });
    expect(saved).toMatchObject({ ok: true, value: { peNumber: 'PE 760.390', authors: [{ literal: 'European Parliamentary Research Service' }] } });
    expect(changed).toBe(1);
    expect(await dispatch(handlers, 'updateMetadata', { id, patch: { date: '2024-4' } })).toEqual({
      ok: false,
      error: 'API: invalid input for updateMetadata at patch.date: the date must be an ISO date: 2024, 2024-04 or 2024-04-12'
    });
  });
});
