/**
 * Whether a file is Markdown, apart from the parser so that recognising a file does not load
 * micromark: by its extension (`.md`, `.markdown`, …) or, whatever its name, when it opens with
 * front matter.
 */
const EXTENSION = /\.(md|markdown|mdown|mkd|mkdn)$/i;
/** Front matter: "---" on the first line, "key:" on the next, a closing "---" further down. */
const FRONT_MATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;

export function isMarkdown(text: string, fileName: string): boolean {
  return EXTENSION.test(fileName) || (FRONT_MATTER.test(text) && /^---[ \t]*\n[\w"'-][^\n]*:/.test(text));
}
