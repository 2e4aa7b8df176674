/**
 * Collects the inline content of one block — text runs and the links, emphasis and note calls
 * over them — as a tree walker meets it, and hands back the text a reader sees with its spans.
 *
 * White space is collapsed as a browser does (a run of spaces, tabs or line breaks is one space),
 * so that source formatting never shows; offsets are UTF-16 units into the collapsed text.
 */
import type { InlineSpan } from '../../model';
import { trimFragment, type Fragment } from '../eprs-text/inline';

type SpanShape = { kind: 'link'; href: string | null } | { kind: 'emphasis' | 'strong' } | { kind: 'note-ref'; label: string };

export class InlineWriter {
  private text = '';
  private readonly spans: InlineSpan[] = [];

  /** Appends a run of text, collapsing white space with what is already written. */
  write(raw: string): void {
    let run = raw.replace(/\s+/g, ' ');
    if (run.startsWith(' ') && (this.text === '' || this.text.endsWith(' '))) run = run.slice(1);
    this.text += run;
  }

  /**
   * Writes `body` inside a span of `shape`. A span over nothing (an empty link, emphasis around
   * an image) is not kept; spans nest as the calls do, so they never cross.
   */
  span(shape: SpanShape, body: () => void): void {
    const start = this.text.length;
    body();
    const end = this.text.length;
    if (end > start && this.text.slice(start, end).trim() !== '') this.spans.push({ ...shape, start, end } as InlineSpan);
  }

  /** Appends an already rendered fragment (a table cell, a paragraph of a note) after `separator`. */
  append(fragment: Fragment, separator = ''): void {
    this.write(separator);
    const offset = this.text.length;
    this.text += fragment.text;
    for (const span of fragment.spans) this.spans.push({ ...span, start: span.start + offset, end: span.end + offset });
  }

  /** The text and spans written so far, trimmed at both ends. */
  finish(): Fragment {
    return trimFragment({ text: this.text, spans: [...this.spans].sort((a, b) => a.start - b.start || b.end - a.end) });
  }
}
