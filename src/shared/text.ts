/**
 * Text helpers shared by the search core and the renderer: the same folding must be used when
 * indexing, querying and highlighting, or "Macias" would find "Macías" but fail to mark it.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Lower-cases and strips diacritics: "Vălean" → "valean", "Bogotá" → "bogota".
 * Letters that are not a base letter plus marks (ß, ø, æ) are kept as they are.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Folds `text` and returns, for each UTF-16 unit of the folded text, the offset in `text` it came
 * from, so that a match found in folded text can be mapped back to the original for highlighting.
 * `map` has one extra entry: the length of `text`.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = foldText(char);
    for (let i = 0; i < f.length; i++) map.push(offset);
    folded += f;
    offset += char.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** The document text of a briefing: its blocks' texts joined by a blank line. */
export const BLOCK_SEPARATOR = '\n\n';
