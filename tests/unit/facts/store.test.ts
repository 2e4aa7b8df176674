import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backfillFacts } from '../../../src/main/library/facts/observer';
import { listFacts } from '../../../src/main/library/facts/service';
import { writeBriefingFacts } from '../../../src/main/library/facts/store';
import { Library } from '../../../src/main/library/library';
import { openLibrary } from '../../../src/main/library/open';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_BRIEFING, SAMPLES_DIR, tempDir, tempLibrary } from '../../helpers/temp-library';

const RED_SEA = path.join(SAMPLES_DIR, '01-red-sea.txt');

describe('facts in the library', () => {
  it('are extracted when a briefing is imported, and found by measure, entity and year', async () => {
    const { library } = tempLibrary();
    await library.importFiles([BUNDLED_BRIEFING]);
    expect(listFacts(library).length).toBeGreaterThan(50);
    const seized = listFacts(library, { measure: 'cocaine', entity: 'guayaquil', year: 2022 });
    expect(seized.map((f) => [f.value, f.unit, f.entity, f.sectionTitle])).toEqual([[44, 'tonnes', 'Guayaquil', 'Ecuador']]);
    expect(listFacts(library, { unit: 'tonnes', year: 2021 }).every((f) => f.unit === 'tonnes' && f.period!.from <= 2021 && f.period!.to >= 2021)).toBe(true);
  });

  it('found while the file is prepared are the ones its stored blocks give (a new edition, a library made before facts)', async () => {
    const { library } = tempLibrary();
    await library.importFiles([BUNDLED_BRIEFING, RED_SEA]);
    const atImport = listFacts(library).map(({ id: _id, ...fact }) => fact);
    const ids = library.list().map((b) => b.id);
    library.db.transaction(() => ids.forEach((id) => writeBriefingFacts(library.db, id)))();
    expect(listFacts(library).map(({ id: _id, ...fact }) => fact)).toEqual(atImport);
  });

  it('of a new edition are its own', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = outcome && 'id' in outcome ? outcome.id : '';
    const edited = fs.readFileSync(BUNDLED_BRIEFING, 'utf8').replace('In 2022, 44 tonnes', 'In 2022, 46 tonnes');
    await library.updateFromBytes(id, new TextEncoder().encode(edited), 'andean-v2.txt');
    expect(listFacts(library, { entity: 'guayaquil', year: 2022 }).map((f) => f.value)).toEqual([46]);
  });

  it('stand at the figure in the document text, with their sentence', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const doc = library.get(outcome && 'id' in outcome ? outcome.id : '');
    const text = doc.blocks.map((b) => b.text).join('\n\n');
    for (const fact of listFacts(library)) {
      expect(fact.text).toContain(text.slice(fact.start, fact.end));
      const block = doc.blocks.find((b) => b.id === fact.blockId)!;
      expect(fact.start).toBeGreaterThanOrEqual(block.textStart);
    }
  });

  it('go with their briefing, and survive a metadata edit unchanged', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    const id = outcome && 'id' in outcome ? outcome.id : '';
    const before = listFacts(library).map((f) => f.id);
    library.updateMetadata(id, { title: 'Renamed' });
    expect(listFacts(library).map((f) => f.id)).toEqual(before);
    expect(listFacts(library)[0]!.briefingTitle).toBe('Renamed');
    library.delete(id);
    expect(listFacts(library)).toEqual([]);
  });

  it('treat a filter as text, not as a LIKE pattern', async () => {
    const { library } = tempLibrary();
    await library.importFiles([BUNDLED_BRIEFING]);
    expect(listFacts(library, { measure: '%' })).toEqual([]);
  });
});

describe('a library made before facts existed', () => {
  it('gets the facts of its briefings when it is next opened, once', async () => {
    const dataDir = tempDir();
    const bare = Library.open(dataDir);
    await bare.importFiles([BUNDLED_BRIEFING]);
    expect(bare.db.prepare('SELECT COUNT(*) FROM facts').pluck().get()).toBe(0);
    bare.close();
    const services = openLibrary(dataDir);
    try {
      await services.ready;
      expect(listFacts(services.library).length).toBeGreaterThan(50);
      expect(services.library.setting('facts.backfilled')).toBe(true);
    } finally {
      services.close();
    }
  });

  it('takes one briefing at a time, leaving the database to other connections in between', async () => {
    const dataDir = tempDir();
    const bare = Library.open(dataDir);
    await bare.importFiles([BUNDLED_BRIEFING, RED_SEA]);
    bare.close();
    const library = Library.open(dataDir);
    // Another connection, as the search worker is: it must be able to write between two briefings.
    const other = new Database(path.join(dataDir, 'library.sqlite'), { timeout: 0 });
    const between: number[] = [];
    try {
      await backfillFacts(library, async () => {
        other.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('probe', '1')").run();
        between.push(other.prepare('SELECT COUNT(DISTINCT briefing_id) FROM facts').pluck().get() as number);
      });
      expect(between).toEqual([1, 2]);
      expect(library.setting('facts.backfilled')).toBe(true);
    } finally {
      other.close();
      library.close();
    }
  });
});
