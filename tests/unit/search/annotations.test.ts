import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchLibrary, type BriefingSpec } from './search-fixtures';

const SPEC: BriefingSpec = {
  id: 'notes001',
  title: 'Ports and prisons',
  sections: [
    { title: 'Ports', paragraphs: ['Cocaine arrives in containers at the port.', 'Port authorities scan few containers.'] },
    { title: 'Prisons', paragraphs: ['Gangs run several prisons from the inside.'] }
  ]
};

/** Highlights the whole of the block whose text starts with `start`, with a note and tags. */
function annotate(db: Database.Database, id: string, start: string, note: string, tags: string[] = [], deleted = false): void {
  const block = db.prepare("SELECT id, briefing_id, section_id, text, text_start FROM blocks WHERE text LIKE ? || '%'").get(start) as {
    id: number;
    briefing_id: string;
    section_id: number;
    text: string;
    text_start: number;
  };
  db.prepare(
    `INSERT INTO annotations (id, briefing_id, section_id, block_id, quote, pos_start, pos_end, note, color, status, created_at, modified_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'yellow', 'exact', '2026-01-01', '2026-01-01', ?)`
  ).run(
    id,
    block.briefing_id,
    block.section_id,
    block.id,
    block.text,
    block.text_start,
    block.text_start + block.text.length,
    note,
    deleted ? '2026-01-02' : null
  );
  for (const tag of tags) db.prepare('INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)').run(id, tag);
}

describe('search over annotations', () => {
  const lib = searchLibrary([SPEC]);
  annotate(lib.library.db, 'a1', 'Cocaine arrives', '', ['logistics']);
  annotate(lib.library.db, 'a2', 'Gangs run', 'Compare with the Dutch figures');
  annotate(lib.library.db, 'a3', 'Port authorities', 'A deleted note about Dutch ports', [], true);

  it('restricts to highlighted passages with is:highlight', () => {
    expect(lib.texts('is:highlight').sort()).toEqual(['Cocaine arrives in containers at the port.', 'Gangs run several prisons from the inside.']);
    expect(lib.texts('containers is:highlight')).toEqual(['Cocaine arrives in containers at the port.']);
  });

  it('restricts to passages with a note with has:note or the notes filter', () => {
    expect(lib.texts('has:note')).toEqual(['Gangs run several prisons from the inside.']);
    expect(lib.search('', { filters: { annotated: 'notes' } }).total).toBe(1);
  });

  it('finds a passage by the words of its note and tags, but not by a deleted note', () => {
    expect(lib.texts('Dutch')).toEqual(['Gangs run several prisons from the inside.']);
    expect(lib.texts('logistics containers')).toEqual(['Cocaine arrives in containers at the port.']);
  });
});
