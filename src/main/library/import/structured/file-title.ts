/** A document without a title of its own is named after its file: "notes on funding.md" → "notes on funding". */
export function titleFromFileName(fileName: string): string {
  return (
    fileName
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .trim() || 'Untitled'
  );
}
