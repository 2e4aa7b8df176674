/**
 * The names of the citation styles, reference formats, notes formats and metadata fields, as plain
 * lists: the contract's schemas are built from them, and the command line reads them for its help
 * without loading the schemas (so `briefing --help` starts at once).
 */

/** The citation styles Briefing Reader bundles (names and editions: `citationStyles`). */
export const CITATION_STYLE_IDS = ['apa', 'chicago', 'harvard', 'mla'] as const;

/** Whole-briefing formats for reference managers (Zotero, EndNote, Mendeley, JabRef, LaTeX). */
export const REFERENCE_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;

/** Notes-export formats: Markdown (Obsidian), printable HTML, CSV (spreadsheets), W3C Web Annotation JSON, Word. */
export const NOTES_FORMATS = ['md', 'html', 'csv', 'json', 'docx'] as const;

/** The metadata fields a patch may set, in the order forms and `briefing meta` show them. */
export const METADATA_FIELDS = ['title', 'subtitle', 'authors', 'date', 'documentType', 'series', 'publisher', 'peNumber', 'url', 'language'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];
