/**
 * The parsers the importer knows, asked in order. A file is first offered to the byte parsers,
 * which recognise a binary format by its content (a PDF by its `%PDF-` signature, never by its
 * extension) and may be asynchronous; anything else is decoded as text and offered to the text
 * parsers. A new format is one more entry in one of the two lists; everything after parsing —
 * store, index, annotations — is shared.
 *
 * A text format is recognised by a cheap look at the text, and its parser (with its libraries:
 * linkedom and Readability, micromark) is loaded only when a file of that format is parsed, so
 * opening a library — every command-line run — loads none of them.
 */
import crypto from 'node:crypto';
import { LibraryError } from '../errors';
import type { BlockFacts } from '../facts/store';
import type { BriefingParser, ParsedBriefing } from '../model';
import type { OriginalFile } from '../store/files';
import { contentHash } from '../store/briefings';
import { checkFileSize, decodeBriefingBytes } from './decode';
import { eprsTextParser } from './eprs-text/parser';
import { isWebPage } from './html/sniff';
import { isMarkdown } from './markdown/sniff';
import { pdfParser } from './pdf/parser';

/** A parser of a binary format, given the file's bytes. */
export interface ByteParser {
  /** Short name for messages, e.g. "pdf". */
  readonly name: string;
  /** The media type the original file is kept under. */
  readonly mediaType: string;
  sniff(bytes: Uint8Array): boolean;
  parse(bytes: Uint8Array, fileName: string): Promise<ParsedBriefing>;
}

export const byteParsers: readonly ByteParser[] = [pdfParser];

/** A text format: recognised without its parser, which is loaded when a file of it is parsed. */
interface TextFormat {
  sniff: BriefingParser['sniff'];
  load(): Promise<BriefingParser>;
}

/** Content sniffing decides, so a web page renamed `.pdf` or `.txt` still imports as a web page. */
const textFormats: readonly TextFormat[] = [
  { sniff: isWebPage, load: () => import('./html/parser').then((module) => module.htmlParser) },
  { sniff: isMarkdown, load: () => import('./markdown/parser').then((module) => module.markdownParser) },
  // The format of last resort, and light: no library of its own.
  { sniff: eprsTextParser.sniff, load: () => Promise.resolve(eprsTextParser) }
];

/** What a file was recognised as, before the (possibly slow) parse. */
export interface RecognisedFile {
  /** Identifies the content, so that a second import of it is reported, not parsed again. */
  contentHash: string;
  parse(): Promise<ParsedFile>;
}

export interface ParsedFile {
  parsed: ParsedBriefing;
  parser: string;
  /** The file to keep with the briefing (a PDF, whose pages the reader shows), or null. */
  original: OriginalFile | null;
  /**
   * The statistics found in it, when the parse ran on the parse worker, which extracts them there
   * too (language analysis is the slow part of facts); otherwise they are found as the import is
   * prepared.
   */
  facts?: BlockFacts[];
}

/**
 * Recognises the format of a file's bytes. Throws a one-line `LibraryError` for an empty,
 * oversized, binary or mis-encoded file; the parse itself may throw one for a damaged file.
 */
export function recogniseFile(bytes: Uint8Array, fileName: string): RecognisedFile {
  checkFileSize(bytes, fileName);
  const byteParser = byteParsers.find((p) => p.sniff(bytes));
  if (byteParser) {
    return {
      contentHash: crypto.createHash('sha256').update(bytes).digest('hex'),
      parse: async () => ({
        parsed: await byteParser.parse(bytes, fileName),
        parser: byteParser.name,
        original: { name: fileName, mediaType: byteParser.mediaType, bytes }
      })
    };
  }
  const text = decodeBriefingBytes(bytes, fileName);
  return { contentHash: contentHash(text), parse: async () => ({ ...(await parseBriefing(text, fileName)), original: null }) };
}

/** Parses a file's bytes into a briefing: on the caller's thread, or on a worker (worker-parser.ts). */
export type ParseFile = (bytes: Uint8Array, fileName: string) => Promise<ParsedFile>;

/** Async, so that a file refused at once (bad front matter, say) is a rejection like a damaged PDF. */
export const parseInProcess: ParseFile = async (bytes, fileName) => recogniseFile(bytes, fileName).parse();

export async function parseBriefing(text: string, fileName: string): Promise<{ parsed: ParsedBriefing; parser: string }> {
  const parser = await textParserFor(text, fileName);
  return { parsed: parser.parse(text, fileName), parser: parser.name };
}

/** The parser of a decoded text file's format, loaded if need be. */
export async function textParserFor(text: string, fileName: string): Promise<BriefingParser> {
  const format = textFormats.find((f) => f.sniff(text, fileName));
  if (!format) {
    throw new LibraryError(`Import: ${JSON.stringify(fileName)} is not in a format Briefing Reader can read`, 'unreadable-file');
  }
  return format.load();
}
