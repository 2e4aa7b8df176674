/** A hit's snippet: plain text with the matched words in `<mark>`, built from ranges, never from HTML. */
import type { ReactNode } from 'react';

export function Snippet({ text, matches }: { text: string; matches: ReadonlyArray<readonly [number, number]> }) {
  const parts: ReactNode[] = [];
  let position = 0;
  const ordered = [...matches].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ordered) {
    if (start < position || end <= start) continue;
    if (start > position) parts.push(text.slice(position, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    position = end;
  }
  if (position < text.length) parts.push(text.slice(position));
  return <span className="snippet">{parts}</span>;
}
