import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBriefingBytes } from '../../../src/main/library/import/decode';
import { parseBriefing } from '../../../src/main/library/import/registry';
import { openLibrary } from '../../../src/main/library/open';
import { insertBriefing } from '../../../src/main/library/store/briefings';
import { DATABASE_FILE } from '../../../src/main/library/store/database';
import { migrations } from '../../../src/main/library/store/migrations';
import { BUNDLED_BRIEFING, tempDir, tempLibrary } from '../../helpers/temp-library';

/**
 * Foreign-key columns (`table.col1,col2`) that no index starts with. Without such an index every
 * parent row a delete cascades through scans the whole child table: deleting one briefing from a
 * large library then takes seconds.
 */
function uncoveredForeignKeys(db: Database.Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const uncovered: string[] = [];
  for (const table of tables) {
    const keys = new Map<number, string[]>();
    for (const fk of db.pragma(`foreign_key_list("${table}")`) as Array<{ id: number; seq: number; from: string }>) {
      const columns = keys.get(fk.id) ?? [];
      columns[fk.seq] = fk.from;
      keys.set(fk.id, columns);
    }
    const indexes = (db.pragma(`index_list("${table}")`) as Array<{ name: string }>).map((index) =>
      (db.pragma(`index_info("${index.name}")`) as Array<{ seqno: number; name: string }>).sort((a, b) => a.seqno - b.seqno).map((c) => c.name)
    );
    for (const columns of keys.values()) {
      const covered = indexes.some((index) => columns.every((column, i) => index[i] === column));
      if (!covered) uncovered.push(`${table}.${columns.join(',')}`);
    }
  }
  return uncovered;
}

describe('the library schema', () => {
  it('has an index on every foreign-key column, so cascading deletes never scan a table', () => {
    const { library, close } = tempLibrary();
    const foreignKeys = library.db.prepare("SELECT COUNT(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) WHERE m.type = 'table'").pluck().get();
    expect(foreignKeys).toBeGreaterThan(15);
    expect(uncoveredForeignKeys(library.db)).toEqual([]);
    close();
  });

  it('keeps a library made before the foreign-key indexes: same briefing and annotation, now indexed', async () => {
    const dataDir = tempDir();
    // The database as it was just before the foreign-key indexes (later migrations may follow them).
    const previous = migrations.findIndex((m) => m.description.startsWith('indexes on the foreign-key columns'));
    const old = new Database(path.join(dataDir, DATABASE_FILE));
    old.pragma('foreign_keys = ON');
    for (const migration of migrations.slice(0, previous)) migration.up(old);
    old.pragma(`user_version = ${previous}`);
    const bytes = fs.readFileSync(BUNDLED_BRIEFING);
    const { parsed } = await parseBriefing(decodeBriefingBytes(bytes, 'andean.txt'), 'andean.txt');
    // Today's store writes the columns later migrations add; they are there only for this insert.
    const later = [
      'briefings ADD COLUMN source_format TEXT',
      'briefings ADD COLUMN pages INTEGER',
      'blocks ADD COLUMN page INTEGER',
      'sections ADD COLUMN page INTEGER',
      'figures ADD COLUMN region TEXT'
    ];
    for (const column of later) old.exec(`ALTER TABLE ${column}`);
    insertBriefing(old, parsed, { id: 'old00001', contentHash: 'old', sourceName: 'andean.txt', parser: 'eprs', now: '2026-01-01T00:00:00.000Z' });
    for (const column of later) old.exec(`ALTER TABLE ${column.replace(/ADD COLUMN (\w+) \w+$/, 'DROP COLUMN $1')}`);
    const block = old.prepare("SELECT id, section_id FROM blocks WHERE briefing_id = 'old00001' ORDER BY ord LIMIT 1 OFFSET 5").get() as {
      id: number;
      section_id: number;
    };
    old
      .prepare(
        `INSERT INTO annotations (id, briefing_id, section_id, block_id, quote, pos_start, pos_end, color, status, created_at, modified_at)
       VALUES ('a1', 'old00001', ?, ?, 'a quote', 10, 17, 'yellow', 'exact', '2026-01-01', '2026-01-01')`
      )
      .run(block.section_id, block.id);
    expect(uncoveredForeignKeys(old)).not.toEqual([]);
    old.close();

    const { library, close } = openLibrary(dataDir);
    expect(library.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(uncoveredForeignKeys(library.db)).toEqual([]);
    const doc = library.get('old00001');
    expect(doc.blocks).toHaveLength(parsed.blocks.length);
    expect(doc.metadata.title).toBe(parsed.metadata.title);
    expect(library.db.prepare("SELECT block_id FROM annotations WHERE id = 'a1'").pluck().get()).toBe(block.id);
    library.delete('old00001');
    expect(library.list()).toEqual([]);
    expect(library.db.prepare('SELECT COUNT(*) FROM annotations').pluck().get()).toBe(0);
    close();
  });
});
