/** The notes-export formats as the export dialog offers them: what each is for, in one line. */
import type { NotesFormat } from '../../../shared/contract/citations';

export interface NotesFormatOption {
  format: NotesFormat;
  label: string;
  description: string;
}

export const NOTES_FORMAT_OPTIONS: readonly NotesFormatOption[] = [
  { format: 'md', label: 'Markdown', description: 'For Obsidian and other note apps: front matter, quotes, #tags and links back here.' },
  { format: 'html', label: 'Web page', description: 'A printable page with every quote, note and citation.' },
  { format: 'csv', label: 'Spreadsheet (CSV)', description: 'One row per note; opens in Excel, Numbers and LibreOffice.' },
  { format: 'docx', label: 'Word document', description: 'Quotes, notes and citations formatted, ready for a memo.' },
  { format: 'json', label: 'Backup (JSON)', description: 'W3C Web Annotations: import them back here or into another tool.' }
];
