/**
 * Small libraries written for search tests: briefings described in a few lines, stored with the
 * real store and indexed by the real observer inside the same transaction, as an import does.
 */
import type Database from 'better-sqlite3';
import type { ParsedBriefing } from '../../../src/main/library/model';
import { createSearchObserver } from '../../../src/main/library/search/observer';
import { InProcessSearchService } from '../../../src/main/library/search/service';
import { deleteBriefingRows, insertBriefing } from '../../../src/main/library/store/briefings';
import type { SearchRequest, SearchResponse } from '../../../src/shared/contract/search';
import { tempLibrary } from '../../helpers/temp-library';

export interface BriefingSpec {
  id: string;
  title: string;
  year?: number;
  type?: string;
  language?: string;
  sections: Array<{ title: string; paragraphs: string[] }>;
}

export function parsedBriefing(spec: BriefingSpec): ParsedBriefing {
  return {
    metadata: {
      title: spec.title,
      subtitle: null,
      documentType: spec.type ?? 'Briefing',
      publisher: null,
      series: null,
      language: spec.language ?? 'en',
      year: spec.year ?? 2024,
      date: null,
      authors: [],
      peNumber: null,
      url: null,
      sourceFormat: 'text',
      pages: null
    },
    inThisBriefing: [],
    sections: spec.sections.map((s) => ({ title: s.title, level: 1, parent: null, kind: 'body' as const })),
    blocks: spec.sections.flatMap((s, i) => s.paragraphs.map((text) => ({ kind: 'paragraph' as const, text, spans: [], section: i }))),
    figures: [],
    references: [],
    warnings: []
  };
}

const observer = createSearchObserver();

/** Stores a briefing and indexes it in one transaction, as `Library.importBytes` does. */
export function addBriefing(db: Database.Database, spec: BriefingSpec): void {
  addBriefings(db, [spec]);
}

/** Stores briefings and indexes them together in one transaction, as a bulk `Library.importFiles` does. */
export function addBriefings(db: Database.Database, specs: readonly BriefingSpec[]): void {
  db.transaction(() => {
    for (const spec of specs) {
      insertBriefing(db, parsedBriefing(spec), {
        id: spec.id,
        contentHash: `hash-${spec.id}`,
        sourceName: `${spec.id}.txt`,
        parser: 'test',
        now: '2026-01-01T00:00:00.000Z'
      });
    }
    observer.briefingsWritten(
      db,
      specs.map((spec) => spec.id)
    );
  })();
}

/** Unindexes and deletes a briefing in one transaction, as `Library.delete` does. */
export function removeBriefing(db: Database.Database, id: string): void {
  db.transaction(() => {
    observer.briefingRemoving(db, id);
    deleteBriefingRows(db, id);
  })();
}

/** A temporary library with these briefings and a search service on it. */
export function searchLibrary(specs: BriefingSpec[]) {
  const lib = tempLibrary();
  for (const spec of specs) addBriefing(lib.library.db, spec);
  const service = new InProcessSearchService(lib.library.db);
  return {
    ...lib,
    service,
    search: (query: string, extra: Omit<SearchRequest, 'query'> = {}): SearchResponse => service.searchNow({ query, ...extra }),
    /** Texts of the hit blocks, best first. */
    texts: (query: string, extra: Omit<SearchRequest, 'query'> = {}): string[] =>
      service.searchNow({ query, ...extra }).hits.map((h) => h.snippetText.replace(/…/g, ''))
  };
}
