/**
 * Libraries with briefings whose text the test decides, written straight into the store (no
 * parser involved, so these tests do not move when the importer changes), and a clock to tell
 * `created` from `modified`.
 */
import { contentHash, insertBriefing, newBriefingId } from '../../../src/main/library/store/briefings';
import type { ParsedBriefing } from '../../../src/main/library/model';
import { openLibrary, type LibraryServices } from '../../../src/main/library/open';
import { tempDir } from '../../helpers/temp-library';

/** A clock that moves one minute per reading, from 2025-01-01T00:00Z. */
export function steppingClock(): () => string {
  let minutes = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 0, minutes++)).toISOString();
}

export function openTestLibrary(dataDir = tempDir()): LibraryServices & { dataDir: string } {
  return { ...openLibrary(dataDir, { now: steppingClock() }), dataDir };
}

/** A briefing of sections, each a title and its paragraphs. */
export function parsedBriefing(title: string, sections: Array<[string, string[]]>): ParsedBriefing {
  return {
    metadata: {
      title,
      subtitle: null,
      documentType: 'Briefing',
      publisher: 'Test',
      series: null,
      language: 'en',
      year: 2024,
      date: null,
      authors: [],
      peNumber: null,
      url: null,
      sourceFormat: 'text',
      pages: null
    },
    inThisBriefing: [],
    sections: sections.map(([t]) => ({ title: t, level: 1, parent: null, kind: 'body' as const })),
    blocks: sections.flatMap(([, paragraphs], section) => paragraphs.map((text) => ({ kind: 'paragraph' as const, text, spans: [], section }))),
    figures: [],
    references: [],
    warnings: []
  };
}

/** Writes a briefing into the library and returns its id. */
export function addBriefing(services: LibraryServices, title: string, sections: Array<[string, string[]]>): string {
  const { library } = services;
  const parsed = parsedBriefing(title, sections);
  const id = newBriefingId();
  library.db.transaction(() =>
    insertBriefing(library.db, parsed, { id, contentHash: contentHash(JSON.stringify(parsed)), sourceName: `${title}.txt`, parser: 'test', now: library.now() })
  )();
  return id;
}

/** The sample briefing most tests annotate. */
export const ANDEAN: Array<[string, string[]]> = [
  [
    'Introduction',
    [
      'Latin America is one of the most peaceful regions in the world. Homicides in Ecuador rose 407 % between 2016 and 2022.',
      'Cocaine production recently doubled within six years (from 2014 to 2020). The situation remains fragile.'
    ]
  ],
  ['Outlook', ['In Bogotá, officials met the EU delegation. The situation remains fragile.', '🌍 Global cocaine markets keep growing.']]
];
