/**
 * A file's size as people read it, the same in the app and on the command line: kilobytes for a
 * small library, megabytes with one decimal above (binary units, as file managers count them).
 */
const count = new Intl.NumberFormat('en');

export function formatSize(bytes: number): string {
  if (bytes < 2 ** 20) return `${count.format(Math.max(1, Math.round(bytes / 2 ** 10)))} KB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
