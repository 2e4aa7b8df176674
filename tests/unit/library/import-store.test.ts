import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSections } from '../../../src/shared/sections';
import { openLibrary } from '../../../src/main/library/open';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir, tempLibrary } from '../../helpers/temp-library';

describe('Library.importFiles', () => {
  it('imports the bundled briefing and reports it as a duplicate the second time', async () => {
    const { library, close } = tempLibrary();
    const [first] = await library.importFiles([BUNDLED_BRIEFING]);
    expect(first).toMatchObject({ title: expect.stringContaining('Andean region') });
    const [second] = await library.importFiles([BUNDLED_BRIEFING]);
    expect(second).toMatchObject({ duplicateOf: (first as { id: string }).id });
    expect(library.list()).toHaveLength(1);
    close();
  });

  it('gives one section count in the import report, the library list and the document (the summary not counted)', async () => {
    const { library, close } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    const doc = library.get(id);
    const bodySections = doc.sections.filter((s) => s.kind !== 'summary').length;
    expect(doc.sections.some((s) => s.kind === 'summary')).toBe(true);
    expect(countSections(doc.sections)).toBe(bodySections);
    expect(library.list()[0]!.sections).toBe(bodySections);
    expect((outcome as { sections: number }).sections).toBe(bodySections);
    close();
  });

  it('imports a batch together: a bad file and a duplicate within it are left out alone, the rest is durable and searchable', async () => {
    const dataDir = tempDir();
    const services = openLibrary(dataDir);
    const empty = path.join(tempDir(), 'empty.txt');
    fs.writeFileSync(empty, '');
    const redSea = path.join(SAMPLES_DIR, '01-red-sea.txt');
    const outcomes = await services.library.importFiles([BUNDLED_BRIEFING, empty, redSea, redSea]);
    expect(outcomes.map((o) => ('error' in o ? (o.duplicateOf ? 'duplicate' : 'error') : 'imported'))).toEqual(['imported', 'error', 'imported', 'duplicate']);
    services.close();
    // Reopened from the file: both briefings were committed, and the index has them.
    const reopened = openLibrary(dataDir);
    expect(
      reopened.library
        .list()
        .map((b) => b.title)
        .sort()
    ).toEqual([expect.stringContaining('Andean region'), expect.stringContaining('Red Sea')]);
    expect((await reopened.search.search({ query: 'Houthis' })).total).toBeGreaterThan(0);
    expect((await reopened.search.search({ query: 'Guayaquil' })).total).toBeGreaterThan(0);
    reopened.close();
  });

  it('refuses an empty file with a one-line message and leaves the library unchanged', async () => {
    const { library, close } = tempLibrary();
    const empty = path.join(tempDir(), 'empty.txt');
    fs.writeFileSync(empty, '');
    const [outcome] = await library.importFiles([empty]);
    expect(outcome).toEqual({ file: empty, error: `Import: "empty.txt" is empty` });
    expect(library.list()).toEqual([]);
    close();
  });
});
