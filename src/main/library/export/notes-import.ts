/**
 * Importing notes from a JSON export (web-annotation.ts) — a backup, or notes brought from another
 * computer. Each annotation finds its briefing by the text's SHA-256 (the current edition's, or an
 * earlier edition's), else by PE number, web address or title, and is re-anchored there by the
 * annotation service (`adopt`: exact, fuzzy, or orphan with its quote kept). Annotations keep their
 * ids, so importing the same file twice adds nothing the second time.
 *
 * The whole file is read and checked before anything is written, and all of it is written in one
 * transaction: a bad file, or a failure half-way, leaves the library as it was.
 */
import type { NotesImport } from '../../../shared/contract/citations';
import { foldText } from '../../../shared/text';
import { AnnotationService } from '../annotations/service';
import { decodeBriefingBytes } from '../import/decode';
import type { Library } from '../library';
import { parseWebAnnotations, type SourceHint } from './web-annotation-import';

interface BriefingKeys {
  id: string;
  hashes: string[];
  peNumber: string | null;
  url: string | null;
  title: string;
}

const normalise = (text: string | null) => (text === null ? null : foldText(text).replace(/\s+/g, ' ').trim());

function briefingKeys(library: Library): BriefingKeys[] {
  const rows = library.db.prepare('SELECT id, content_hash, pe_number, url, title FROM briefings').all() as Array<{
    id: string;
    content_hash: string;
    pe_number: string | null;
    url: string | null;
    title: string;
  }>;
  const editions = library.db.prepare('SELECT content_hash FROM editions WHERE briefing_id = ?').pluck();
  return rows.map((r) => ({
    id: r.id,
    hashes: [r.content_hash, ...(editions.all(r.id) as string[])],
    peNumber: normalise(r.pe_number),
    url: r.url,
    title: normalise(r.title)!
  }));
}

/** The one briefing a hint points at, trying the surest key first; null when none or several match. */
function findBriefing(keys: readonly BriefingKeys[], hint: SourceHint): string | null {
  const tries: Array<(k: BriefingKeys) => boolean> = [
    (k) => hint.contentHash !== null && k.hashes.includes(hint.contentHash),
    (k) => hint.identifier !== null && k.peNumber === normalise(hint.identifier),
    (k) => hint.url !== null && k.url === hint.url,
    (k) => hint.title !== null && k.title === normalise(hint.title)
  ];
  for (const matches of tries) {
    const found = keys.filter(matches);
    if (found.length === 1) return found[0]!.id;
  }
  return null;
}

/** Tags from other tools may hold spaces ("drug policy"); our tags use hyphens. */
const tidyForeignTag = (tag: string) => tag.trim().replace(/\s+/g, '-');

/** Imports the notes in a JSON export's bytes. */
export function importNotes(library: Library, bytes: Uint8Array, fileName: string): NotesImport {
  const records = parseWebAnnotations(decodeBriefingBytes(bytes, fileName), fileName);
  const keys = briefingKeys(library);
  const service = new AnnotationService(library);
  const result: NotesImport = { file: fileName, added: 0, alreadyPresent: 0, reanchored: { exact: 0, fuzzy: 0, orphan: 0 }, unmatched: [] };
  const unmatched = new Map<string, number>();
  const now = library.now();
  library.db
    .transaction(() => {
      for (const record of records) {
        const briefingId = findBriefing(keys, record.source);
        if (!briefingId) {
          const label = record.source.title ?? record.source.url ?? record.source.contentHash ?? 'an unnamed briefing';
          unmatched.set(label, (unmatched.get(label) ?? 0) + 1);
          continue;
        }
        const { annotation, added } = service.adopt({
          id: record.id,
          briefingId,
          quote: record.quote,
          prefix: record.prefix,
          suffix: record.suffix,
          start: record.start ?? 0,
          end: record.end ?? 0,
          note: record.note,
          color: record.color,
          tags: record.tags.map(tidyForeignTag),
          created: record.created ?? now,
          modified: record.modified ?? now
        });
        if (!added) {
          result.alreadyPresent++;
          continue;
        }
        result.added++;
        result.reanchored[annotation.status]++;
      }
    })
    .immediate();
  result.unmatched = [...unmatched].map(([briefing, annotations]) => ({ briefing, annotations }));
  return result;
}
