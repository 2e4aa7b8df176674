/**
 * Notes: matches note calls (`[^3]`) to note definitions (`[^3]: …`) and turns the definitions
 * into `note` blocks.
 *
 * Briefings collect endnotes after the body; longer publications print footnotes at the bottom
 * of each page, inside the chapter they belong to, and may number them again from 1 in every
 * chapter. So a definition printed inside the body belongs to its top-level section, and a call
 * is resolved in its own top-level section first, then among the endnotes. When a label is
 * defined in more than one chapter, every such note is labelled with its chapter's number
 * ("3.1") so that calls and notes stay distinguishable. A call with no definition at all was a
 * superscript the converter mistook for a note (CO[^2] is "CO2"); it stays as plain text.
 */
import type { InlineSpan, ParsedBlock } from '../../model';
import type { Fragment } from './inline';

export interface PendingNote {
  label: string;
  content: Fragment;
  /** Index of the top-level section the definition was printed in, or null for an endnote. */
  scope: number | null;
}

export interface NoteScopes {
  /** Top-level section of each block (null for blocks outside any section). */
  blockScope: ReadonlyArray<number | null>;
  /** The printed number or the position of a top-level section, used to qualify labels. */
  scopeName(scope: number): string;
}

/**
 * Resolves the note calls in `blocks` (in place) and returns the note blocks, in the order the
 * notes were printed.
 */
export function resolveNotes(blocks: ParsedBlock[], printed: readonly PendingNote[], scopes: NoteScopes): ParsedBlock[] {
  const notes = printed.filter((note) => note.content.text.trim() !== '');
  const scopesOfLabel = new Map<string, Set<number | null>>();
  for (const note of notes) {
    const set = scopesOfLabel.get(note.label) ?? new Set();
    set.add(note.scope);
    scopesOfLabel.set(note.label, set);
  }
  const qualified = (label: string, scope: number | null): string =>
    scope !== null && (scopesOfLabel.get(label)?.size ?? 0) > 1 ? `${scopes.scopeName(scope)}.${label}` : label;
  const defined = new Set(notes.map((n) => key(n.label, n.scope)));

  const resolve = (spans: readonly InlineSpan[], scope: number | null): InlineSpan[] =>
    spans.flatMap((span): InlineSpan[] => {
      if (span.kind !== 'note-ref') return [span];
      if (scope !== null && defined.has(key(span.label, scope))) return [{ ...span, label: qualified(span.label, scope) }];
      if (defined.has(key(span.label, null))) return [span];
      return [];
    });

  blocks.forEach((block, index) => {
    if (block.spans.some((s) => s.kind === 'note-ref')) block.spans = resolve(block.spans, scopes.blockScope[index] ?? null);
  });
  return notes.map((note): ParsedBlock => ({
    kind: 'note',
    text: note.content.text,
    spans: resolve(note.content.spans, note.scope),
    section: null,
    note: { label: qualified(note.label, note.scope) }
  }));
}

function key(label: string, scope: number | null): string {
  return `${scope ?? 'end'}\u0000${label}`;
}
