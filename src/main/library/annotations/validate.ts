/**
 * Checks on what users type into annotations — colour names, tags, notes — with one-line messages
 * that say what was wrong and what is allowed. The contract's schemas bound sizes; these checks
 * give the CLI and the UI the same words.
 */
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../../../shared/contract/annotations';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/types';
import { LibraryError } from '../errors';

/**
 * Letters, digits, "-", "_" and "/" (nested tags, as Obsidian writes them): a tag must survive
 * export as `#tag` in Markdown and in Zotero, so no spaces or punctuation.
 */
const TAG_SYNTAX = /^[\p{L}\p{M}\p{N}_-]+(?:\/[\p{L}\p{M}\p{N}_-]+)*$/u;

const invalid = (message: string) => new LibraryError(`Annotations: ${message}`, 'invalid-input');

/** The colour named `name`, or a one-line error listing the five colours. */
export function checkColor(name: string): AnnotationColor {
  const color = name.trim().toLowerCase();
  if ((ANNOTATION_COLORS as readonly string[]).includes(color)) return color as AnnotationColor;
  throw invalid(`colour ${JSON.stringify(name)} is not one of ${ANNOTATION_COLORS.join(', ')}`);
}

/** The note, or a one-line error when it is too long. */
export function checkNote(note: string): string {
  if (note.length > MAX_NOTE_LENGTH) {
    throw invalid(`the note is ${note.length.toLocaleString('en')} characters long; the limit is ${MAX_NOTE_LENGTH.toLocaleString('en')}`);
  }
  return note;
}

/** A tag as typed, tidied: trimmed, without a leading "#", in NFC. */
export function tidyTag(tag: string): string {
  return tag.trim().replace(/^#/, '').normalize('NFC');
}

/**
 * Tidies and checks a list of tags; drops repeats (ignoring case, keeping the first spelling).
 *
 * @example normaliseTags(['#cocaine', 'EU/ports', 'eu/Ports']) // ['cocaine', 'EU/ports']
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = tidyTag(raw);
    if (tag === '') throw invalid('a tag is empty');
    if (tag.length > MAX_TAG_LENGTH) throw invalid(`tag ${JSON.stringify(tag)} is longer than ${MAX_TAG_LENGTH} characters`);
    if (!TAG_SYNTAX.test(tag)) {
      throw invalid(`tag ${JSON.stringify(tag)} may contain only letters, digits, "-", "_" and "/" between words`);
    }
    if (/^[\d/_-]+$/.test(tag)) throw invalid(`tag ${JSON.stringify(tag)} needs at least one letter`);
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  if (result.length > MAX_TAGS) throw invalid(`an annotation can have at most ${MAX_TAGS} tags, not ${result.length}`);
  return result;
}
