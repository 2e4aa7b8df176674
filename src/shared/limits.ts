/**
 * Sizes that the importer, the contract, the browser-mode server and the page must agree on. A
 * file crosses the boundary as base64 inside a JSON call, so the largest legitimate request is one
 * largest file, encoded, plus the call's framing — and the server refuses anything beyond it
 * before reading a byte of the body.
 */

/** The largest file we import. The longest real EPRS publication we know (40 pages) is 117 KB. */
export const MAX_IMPORT_FILE_BYTES = 16 * 1024 * 1024;

/** How many characters of base64 `bytes` bytes become. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/**
 * The base64 one call may carry, all its files together: one largest file. The page sends a
 * larger selection in several calls.
 */
export const MAX_UPLOAD_BASE64_CHARS = base64Length(MAX_IMPORT_FILE_BYTES);

/** Room for the JSON around the files: names (up to 100, escaped), ids, punctuation. */
const CALL_FRAMING_BYTES = 1024 * 1024;

/** The largest request body browser mode accepts: the largest legitimate call. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BASE64_CHARS + CALL_FRAMING_BYTES;

/**
 * How deeply a call's input may nest. The deepest legitimate input (a settings value) is a few
 * levels; validators and serialisers recurse, so a 100,000-level array would overflow their stack.
 */
export const MAX_INPUT_DEPTH = 32;
