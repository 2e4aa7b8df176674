/**
 * Notes as a spreadsheet: one row per annotation, RFC 4180 CSV (CRLF line ends, fields quoted when
 * they hold a comma, a quotation mark or a line break), UTF-8 with a byte-order mark so that Excel
 * reads accents, Greek and Cyrillic correctly. Written by csv-stringify.
 *
 * A text cell that begins with =, +, -, @, a tab or a carriage return is prefixed with an
 * apostrophe, as OWASP advises against CSV formula injection: a briefing or a note could otherwise
 * make a spreadsheet run a formula when the file is opened. The note is its Markdown source after
 * the note policy (no script links, no remote images).
 */
import { stringify } from 'csv-stringify/sync';
import { plainText } from '../cite/rich-text';
import type { NotesBundle } from './bundle';
import { policedNoteSource } from './note-markdown';

const COLUMNS = [
  'Briefing',
  'Briefing ID',
  'Section',
  'Paragraph',
  'Quote',
  'Note',
  'Tags',
  'Colour',
  'Status',
  'Created',
  'Modified',
  'Citation',
  'Reference',
  'Link',
  'Annotation ID',
  'Start',
  'End'
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet should show it, never as a formula (the facts export uses it too). */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The bundle as CSV text, starting with the UTF-8 byte-order mark. */
export function buildCsv(bundle: NotesBundle): string {
  const rows = bundle.briefings.flatMap((briefing) => {
    const reference = plainText(briefing.reference);
    return briefing.notes.map((note) => [
      briefing.metadata.title,
      briefing.id,
      note.sectionTitle ?? '',
      note.paragraph ?? '',
      note.quote,
      policedNoteSource(note.note),
      note.tags.join('; '),
      note.color,
      note.status,
      note.created,
      note.modified,
      plainText(note.citation),
      reference,
      note.deepLink,
      note.id,
      note.status === 'orphan' ? '' : note.start,
      note.status === 'orphan' ? '' : note.end
    ]);
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...COLUMNS],
    record_delimiter: 'windows',
    cast: { string: safeCell }
  });
}
