import { describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../src/main/library/annotations/service';
import { openLibrary } from '../../../src/main/library/open';
import { addBriefing, ANDEAN, openTestLibrary } from './library-fixtures';

function setup() {
  const services = openTestLibrary();
  const id = addBriefing(services, 'Combating drug trafficking', ANDEAN);
  const doc = services.library.get(id);
  const annotations = new AnnotationService(services.library);
  /** Document-text range of `quote` in block `b`, as the reader computes it from a selection. */
  const rangeOf = (b: number, quote: string) => {
    const block = doc.blocks[b]!;
    const at = block.text.indexOf(quote);
    return { start: block.textStart + at, end: block.textStart + at + quote.length };
  };
  return { ...services, id, doc, annotations, rangeOf };
}

describe('AnnotationService.create', () => {
  it('creates a yellow, exact annotation at the selected range with its W3C selectors, block and section', async () => {
    const { id, doc, annotations, rangeOf, close } = await setup();
    const created = annotations.create({ briefingId: id, ...rangeOf(1, 'recently doubled'), note: 'Why?', tags: ['cocaine'] });
    expect(created).toMatchObject({
      briefingId: id,
      briefingTitle: 'Combating drug trafficking',
      sectionId: doc.sections[0]!.id,
      sectionTitle: 'Introduction',
      blockId: doc.blocks[1]!.id,
      quote: 'recently doubled',
      prefix: '6 and 2022.\n\nCocaine production ',
      suffix: ' within six years (from 2014 to ',
      note: 'Why?',
      color: 'yellow',
      tags: ['cocaine'],
      status: 'exact'
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    close();
  });

  it('spans several paragraphs of a section, attached to the block where it starts', async () => {
    const { id, doc, annotations, rangeOf, close } = await setup();
    const start = rangeOf(0, 'Homicides').start;
    const end = rangeOf(1, 'recently').end;
    const created = annotations.create({ briefingId: id, start, end });
    expect(created.quote).toBe('Homicides in Ecuador rose 407 % between 2016 and 2022.\n\nCocaine production recently');
    expect(created.blockId).toBe(doc.blocks[0]!.id);
    close();
  });

  it('counts offsets in UTF-16 units: after an emoji the range still covers the right words', async () => {
    const { id, doc, annotations, close } = await setup();
    const block = doc.blocks[3]!;
    expect(block.text.startsWith('🌍')).toBe(true);
    const at = block.textStart + block.text.indexOf('Global');
    expect(at - block.textStart).toBe(3);
    expect(annotations.create({ briefingId: id, start: at, end: at + 6 }).quote).toBe('Global');
    close();
  });

  it('trims whitespace a selection carries at its edges', async () => {
    const { id, annotations, rangeOf, close } = await setup();
    const { start, end } = rangeOf(0, ' Homicides in Ecuador ');
    expect(annotations.create({ briefingId: id, start, end }).quote).toBe('Homicides in Ecuador');
    close();
  });

  it('refuses a range whose text is no longer the quote the reader saw', async () => {
    const { id, annotations, rangeOf, close } = await setup();
    expect(() => annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), quote: 'Suicides' })).toThrow(
      /^Annotate: the text at \d+–\d+ of "Combating drug trafficking" \(\w+\) is not "Suicides"; reload the briefing and select again$/
    );
    close();
  });

  it('locates a quote that occurs once, across a paragraph break typed as a space', async () => {
    const { id, annotations, close } = await setup();
    const created = annotations.create({ briefingId: id, quote: '2022. Cocaine production' });
    expect(created.quote).toBe('2022.\n\nCocaine production');
    close();
  });

  it('says clearly when the quote is missing, and when it is ambiguous', async () => {
    const { id, annotations, close } = await setup();
    expect(() => annotations.create({ briefingId: id, quote: 'heroin' })).toThrow(
      `Annotate: the quote "heroin" is not in "Combating drug trafficking" (${id})`
    );
    expect(() => annotations.create({ briefingId: id, quote: 'The situation remains fragile.' })).toThrow(
      `Annotate: the quote "The situation remains fragile." occurs 2 times in "Combating drug trafficking" (${id}); give a prefix or suffix (the words just before or after it) to pick one`
    );
    close();
  });

  it('picks one of several occurrences by the words before or after it', async () => {
    const { id, doc, annotations, close } = await setup();
    const byPrefix = annotations.create({ briefingId: id, quote: 'The situation remains fragile.', prefix: 'EU delegation.' });
    expect(byPrefix.blockId).toBe(doc.blocks[2]!.id);
    const bySuffix = annotations.create({ briefingId: id, quote: 'remains fragile', suffix: '. In Bogotá' });
    expect(bySuffix.blockId).toBe(doc.blocks[1]!.id);
    expect(() => annotations.create({ briefingId: id, quote: 'remains fragile', prefix: 'nothing like this' })).toThrow(
      'occurs in "Combating drug trafficking"'
    );
    close();
  });

  it('rejects a bad colour, tag or note with one line and writes nothing', async () => {
    const { id, annotations, rangeOf, close } = await setup();
    const where = { briefingId: id, ...rangeOf(0, 'Homicides') };
    expect(() => annotations.create({ ...where, color: 'red' as 'yellow' })).toThrow(
      'Annotations: colour "red" is not one of yellow, green, blue, pink, purple'
    );
    expect(() => annotations.create({ ...where, tags: ['drug policy'] })).toThrow(
      'Annotations: tag "drug policy" may contain only letters, digits, "-", "_" and "/" between words'
    );
    expect(() => annotations.create({ ...where, tags: ['2024'] })).toThrow('Annotations: tag "2024" needs at least one letter');
    expect(() => annotations.create({ ...where, note: 'x'.repeat(20_001) })).toThrow('Annotations: the note is 20,001 characters long; the limit is 20,000');
    expect(() => annotations.create({ briefingId: 'nope', quote: 'x' })).toThrow('Library: no briefing with id "nope"');
    expect(annotations.list()).toEqual([]);
    close();
  });
});

describe('AnnotationService.update, delete and restore', () => {
  it('changes note, colour and tags, keeping created and moving modified', async () => {
    const { id, annotations, rangeOf, close } = await setup();
    const a = annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), tags: ['violence'] });
    const b = annotations.update({ id: a.id, note: '**Check** UNODC figures', color: 'pink', tags: ['#ecuador', 'violence'] });
    expect(b).toMatchObject({ note: '**Check** UNODC figures', color: 'pink', tags: ['ecuador', 'violence'], created: a.created });
    expect(b.modified > a.modified).toBe(true);
    expect(annotations.update({ id: a.id, color: 'blue' })).toMatchObject({ note: '**Check** UNODC figures', tags: ['ecuador', 'violence'] });
    close();
  });

  it('reuses the spelling of a tag already in use in another case', async () => {
    const { id, annotations, rangeOf, close } = await setup();
    annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), tags: ['EU'] });
    const second = annotations.create({ briefingId: id, ...rangeOf(2, 'officials'), tags: ['eu', 'EU'] });
    expect(second.tags).toEqual(['EU']);
    expect(annotations.tags()).toEqual([{ tag: 'EU', count: 2 }]);
    close();
  });

  it('deletes softly: gone from lists and counts, back with note and tags on restore', async () => {
    const { id, library, annotations, rangeOf, close } = await setup();
    const a = annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), note: 'keep me', tags: ['violence'] });
    annotations.delete(a.id);
    expect(annotations.list()).toEqual([]);
    expect(library.list()[0]!.annotations).toBe(0);
    expect(annotations.tags()).toEqual([]);
    expect(() => annotations.delete(a.id)).toThrow(`Annotations: no annotation with id "${a.id}"`);
    expect(annotations.restore(a.id)).toMatchObject({ note: 'keep me', tags: ['violence'] });
    expect(library.list()[0]!.annotations).toBe(1);
    expect(() => annotations.restore(a.id)).toThrow(`Annotations: annotation "${a.id}" is not deleted`);
    close();
  });

  it('has every change on disk when the call returns: a second connection sees it at once', async () => {
    const { id, annotations, rangeOf, dataDir, close } = await setup();
    const a = annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), note: 'first' });
    annotations.update({ id: a.id, note: 'second' });
    const other = openLibrary(dataDir);
    expect(new AnnotationService(other.library).get(a.id).note).toBe('second');
    other.close();
    close();
  });
});

describe('AnnotationService.list', () => {
  it('filters by briefing, colour, tag, status and words folded like search, in reading order', async () => {
    const services = await setup();
    const { id, annotations, rangeOf } = services;
    const otherId = addBriefing(services, 'Another briefing', [['Only', ['Peru adopted a national policy.']]]);
    const late = annotations.create({ briefingId: id, ...rangeOf(2, 'officials'), color: 'green', tags: ['eu'], note: 'Met in Bogotá' });
    const early = annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), color: 'pink', tags: ['violence', 'eu'] });
    const other = annotations.create({ briefingId: otherId, quote: 'Peru', tags: ['peru'] });

    expect(annotations.list({ briefingId: id }).map((a) => a.id)).toEqual([early.id, late.id]);
    expect(annotations.list().map((a) => a.id)).toEqual([other.id, early.id, late.id]);
    expect(annotations.list({ colors: ['green'] }).map((a) => a.id)).toEqual([late.id]);
    expect(annotations.list({ tags: ['EU', 'violence'] }).map((a) => a.id)).toEqual([early.id]);
    expect(annotations.list({ statuses: ['orphan'] })).toEqual([]);
    expect(annotations.list({ text: 'bogota' }).map((a) => a.id)).toEqual([late.id]);
    expect(annotations.list({ text: 'HOMICIDES violence' }).map((a) => a.id)).toEqual([early.id]);
    expect(annotations.list({ text: 'homicides peru' })).toEqual([]);
    services.close();
  });
});

describe('AnnotationService.tags', () => {
  it('lists tags by use for autocomplete, narrowed by a prefix that ignores case, accents and "#"', async () => {
    const { id, annotations, rangeOf, close } = await setup();
    annotations.create({ briefingId: id, ...rangeOf(0, 'Homicides'), tags: ['Ecuador', 'violence'] });
    annotations.create({ briefingId: id, ...rangeOf(2, 'officials'), tags: ['ecuador', 'économie'] });
    expect(annotations.tags()).toEqual([
      { tag: 'Ecuador', count: 2 },
      { tag: 'économie', count: 1 },
      { tag: 'violence', count: 1 }
    ]);
    expect(annotations.tags('#ec').map((t) => t.tag)).toEqual(['Ecuador', 'économie']);
    expect(annotations.tags('E', 1)).toEqual([{ tag: 'Ecuador', count: 2 }]);
    close();
  });
});

describe('AnnotationService.adopt', () => {
  it('anchors an annotation from a notes export in the current text, keeping its id and dates, once', async () => {
    const services = await setup();
    const { annotations, close } = services;
    const edited = addBriefing(services, 'Second edition', [
      ['Introduction', ['Latin America is one of the most peaceful regions in the world. Homicides in Ecuador rose by 407 % from 2016 to 2022.']]
    ]);
    const record = {
      id: '5b0c5a4e-8f6e-4c43-9d1a-2f1f0c1d2e3f',
      briefingId: edited,
      quote: 'Homicides in Ecuador rose 407 % between 2016 and 2022.',
      prefix: 'peaceful regions in the world. ',
      suffix: '',
      start: 64,
      end: 118,
      note: 'From the export',
      color: 'blue',
      tags: ['ecuador'],
      created: '2024-05-01T10:00:00.000Z',
      modified: '2024-05-02T10:00:00.000Z'
    };
    const first = annotations.adopt(record);
    expect(first.added).toBe(true);
    expect(first.annotation).toMatchObject({
      id: record.id,
      status: 'fuzzy',
      quote: 'Homicides in Ecuador rose by 407 % from 2016 to 2022.',
      note: 'From the export',
      created: record.created,
      modified: record.modified
    });
    expect(annotations.adopt(record)).toEqual({ annotation: first.annotation, added: false });
    const lost = annotations.adopt({ ...record, id: 'another', quote: 'a sentence that is in no edition at all', prefix: '', suffix: '' });
    expect(lost.annotation).toMatchObject({ status: 'orphan', quote: 'a sentence that is in no edition at all', blockId: null });
    expect(annotations.list({ briefingId: edited })).toHaveLength(2);
    close();
  });
});
