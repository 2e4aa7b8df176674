import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSections } from '../../../src/shared/sections';
import { BUNDLED_BRIEFING, tempDir, tempLibrary } from '../../helpers/temp-library';

describe('Library.importFiles', () => {
  it('imports the bundled briefing and reports it as a duplicate the second time', () => {
    const { library, close } = tempLibrary();
    const [first] = library.importFiles([BUNDLED_BRIEFING]);
    expect(first).toMatchObject({ title: expect.stringContaining('Andean region') });
    const [second] = library.importFiles([BUNDLED_BRIEFING]);
    expect(second).toMatchObject({ duplicateOf: (first as { id: string }).id });
    expect(library.list()).toHaveLength(1);
    close();
  });

  it('gives one section count in the import report, the library list and the document (the summary not counted)', () => {
    const { library, close } = tempLibrary();
    const [outcome] = library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    const doc = library.get(id);
    const bodySections = doc.sections.filter((s) => s.kind !== 'summary').length;
    expect(doc.sections.some((s) => s.kind === 'summary')).toBe(true);
    expect(countSections(doc.sections)).toBe(bodySections);
    expect(library.list()[0]!.sections).toBe(bodySections);
    expect((outcome as { sections: number }).sections).toBe(bodySections);
    close();
  });

  it('refuses an empty file with a one-line message and leaves the library unchanged', () => {
    const { library, close } = tempLibrary();
    const empty = path.join(tempDir(), 'empty.txt');
    fs.writeFileSync(empty, '');
    const [outcome] = library.importFiles([empty]);
    expect(outcome).toEqual({ file: empty, error: `Import: "empty.txt" is empty` });
    expect(library.list()).toEqual([]);
    close();
  });
});
