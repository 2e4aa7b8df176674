/**
 * The parsers the importer knows, asked in order. A new format (Markdown, HTML, PDF) is one more
 * `BriefingParser` in this list; everything after parsing — store, index, annotations — is shared.
 */
import { LibraryError } from '../errors';
import type { BriefingParser, ParsedBriefing } from '../model';
import { eprsTextParser } from './eprs-text/parser';
import { htmlParser } from './html/parser';
import { markdownParser } from './markdown/parser';

/** Content sniffing decides, so a web page renamed `.pdf` or `.txt` still imports as a web page. */
export const parsers: readonly BriefingParser[] = [htmlParser, markdownParser, eprsTextParser];

export function parseBriefing(text: string, fileName: string): { parsed: ParsedBriefing; parser: string } {
  const parser = parsers.find((p) => p.sniff(text, fileName));
  if (!parser) {
    throw new LibraryError(`Import: ${JSON.stringify(fileName)} is not in a format Briefing Reader can read`, 'unreadable-file');
  }
  return { parsed: parser.parse(text, fileName), parser: parser.name };
}
