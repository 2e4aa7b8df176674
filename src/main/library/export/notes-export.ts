/**
 * Exporting notes from the library in one of five formats — the glue between the library
 * (collect.ts) and the pure builders — with a file name that stays the same from one export to the
 * next, so that exporting again replaces the earlier file (Obsidian keeps the same note).
 */
import type { CitationStyleId, NotesExport, NotesFormat } from '../../../shared/contract/citations';

/** An exported notes file: what `NotesExport` carries, with the bytes themselves. */
export interface NotesFile extends Omit<NotesExport, 'base64'> {
  bytes: Uint8Array;
}
import type { Library } from '../library';
import { rememberedStyle } from '../cite/service';
import type { NotesBundle } from './bundle';
import { collectNotes } from './collect';
import { buildCsv } from './csv';
import { buildDocx } from './docx';
import { buildHtml } from './html';
import { buildMarkdown } from './markdown';
import { buildWebAnnotations } from './web-annotation';

const FORMATS: Record<NotesFormat, { extension: string; mime: string; build(bundle: NotesBundle): string | Promise<Uint8Array> }> = {
  md: { extension: 'md', mime: 'text/markdown; charset=utf-8', build: buildMarkdown },
  html: { extension: 'html', mime: 'text/html; charset=utf-8', build: buildHtml },
  csv: { extension: 'csv', mime: 'text/csv; charset=utf-8', build: buildCsv },
  json: {
    extension: 'json',
    mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    build: (bundle) => `${JSON.stringify(buildWebAnnotations(bundle), null, 2)}\n`
  },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', build: buildDocx }
};

/** A file name every system accepts: no / \ : * ? " < > | or control characters, at most 80 characters. */
function safeFileName(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length <= 80) return cleaned || 'Briefing';
  return cleaned.slice(0, 80).replace(/\s+\S*$/, '');
}

/** "EU cooperation with Latin America - notes.md" for one briefing, "Briefing Reader notes.md" for the library. */
export function notesFileName(bundle: NotesBundle, format: NotesFormat, single: boolean): string {
  const { extension } = FORMATS[format];
  if (!single || bundle.briefings.length !== 1) return `Briefing Reader notes.${extension}`;
  const title = bundle.briefings[0]!.metadata.title;
  return `${safeFileName(title.split(': ')[0]!)} - notes.${extension}`;
}

/**
 * The notes of briefing `briefingId` (or of the whole library) as a file in `format`, citations in
 * `style` (default: the remembered style).
 */
export async function exportNotes(library: Library, options: { briefingId?: string; format: NotesFormat; style?: CitationStyleId }): Promise<NotesFile> {
  const bundle = collectNotes(library, { briefingId: options.briefingId, style: options.style ?? rememberedStyle(library) });
  const { mime, build } = FORMATS[options.format];
  const built = await build(bundle);
  const bytes = typeof built === 'string' ? new TextEncoder().encode(built) : built;
  return {
    filename: notesFileName(bundle, options.format, options.briefingId !== undefined),
    mime,
    notes: bundle.briefings.reduce((n, b) => n + b.notes.length, 0),
    briefings: bundle.briefings.length,
    bytes
  };
}
