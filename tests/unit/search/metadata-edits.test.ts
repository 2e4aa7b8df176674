import { describe, expect, it } from 'vitest';
import { BUNDLED_BRIEFING, tempLibrary } from '../../helpers/temp-library';

describe('a metadata edit reaches search', () => {
  it('finds a briefing by its new title at once, and no longer by the old one', async () => {
    const { library, search } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;

    library.updateMetadata(id, { title: 'Quetzalcoatl harbour review' });
    const renamed = await search.search({ query: 'quetzalcoatl', limit: 5 });
    expect(renamed.hits.map((h) => [h.briefingId, h.briefingTitle])[0]).toEqual([id, 'Quetzalcoatl harbour review']);

    library.updateMetadata(id, { title: 'Xylophone tariffs in the Andes' });
    expect((await search.search({ query: 'quetzalcoatl', limit: 5 })).total).toBe(0);
    const again = await search.search({ query: 'xylophone', limit: 5 });
    expect(again.hits[0]).toMatchObject({ briefingId: id, briefingTitle: 'Xylophone tariffs in the Andes' });
  });

  it('leaves the index untouched by a refused edit', async () => {
    const { library, search } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    library.updateMetadata(id, { title: 'Quetzalcoatl harbour review' });
    expect(() => library.updateMetadata(id, { title: 'Xylophone tariffs', nonsense: 1 })).toThrow(/there is no field "nonsense"/);
    expect((await search.search({ query: 'quetzalcoatl', limit: 5 })).total).toBeGreaterThan(0);
    expect((await search.search({ query: 'xylophone', limit: 5 })).total).toBe(0);
  });
});
