/**
 * How far the reader has read each briefing: the furthest share of the body reached, kept in the
 * library file, never lowered by reading back, and listed with the briefing.
 */
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/open';
import { BUNDLED_BRIEFING, tempDir } from '../../helpers/temp-library';

describe('reading progress', () => {
  it('starts at 0, keeps the furthest share read across scrolling back and a reopen, and reaches 1 at the end', async () => {
    const dataDir = tempDir();
    let services = openLibrary(dataDir);
    const [outcome] = await services.library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    const progress = () => services.library.list()[0]!.progress;
    expect(progress()).toBe(0);

    services.library.saveReadingPosition(id, { blockId: null, within: 0 }, 0.4);
    expect(progress()).toBe(0.4);
    // Back up to re-read the summary: the position moves, the progress stays.
    services.library.saveReadingPosition(id, { blockId: null, within: 0 }, 0.1);
    expect(progress()).toBe(0.4);
    // A position saved without progress (an older client) leaves it as it was.
    services.library.saveReadingPosition(id, { blockId: null, within: 0.5 });
    expect(progress()).toBe(0.4);
    services.close();

    services = openLibrary(dataDir);
    expect(progress()).toBe(0.4);
    expect(services.library.readingPosition(id)).toEqual({ blockId: null, within: 0.5 });
    services.library.saveReadingPosition(id, { blockId: null, within: 0 }, 1);
    expect(progress()).toBe(1);
    services.close();
  });

  it('refuses a share outside 0..1 at the database, leaving the saved progress as it was', async () => {
    const dataDir = tempDir();
    const services = openLibrary(dataDir);
    const [outcome] = await services.library.importFiles([BUNDLED_BRIEFING]);
    const id = (outcome as { id: string }).id;
    services.library.saveReadingPosition(id, { blockId: null, within: 0 }, 0.3);
    expect(() => services.library.saveReadingPosition(id, { blockId: null, within: 0 }, 1.5)).toThrow(/CHECK constraint/);
    expect(services.library.list()[0]!.progress).toBe(0.3);
    services.close();
  });
});
