import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_BRIEFING, tempDir, tempLibrary } from '../../helpers/temp-library';

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
