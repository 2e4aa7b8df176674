/**
 * Reference entries → structured fields (authors, title, publisher or series, year), best effort.
 *
 * Two styles occur in EPRS publications and both are read without knowing the document:
 * - briefing style, the title as a link: `Jütten M., [Latin America outlook…](#), EPRS, European
 *   Parliament, 2024.` — authors before the link, publisher segments after it, the year last;
 * - academic style, the year after the authors: `Bostrom, N. (2014) *Superintelligence…*, Oxford
 *   University Press, Oxford.` or `Baum, Seth (2017): A Survey of…. Global Catastrophic Risk
 *   Institute Working Paper 17-1.` — the title is the quoted or italic text, or the first sentence,
 *   after the year; the publisher is the italic container or the next sentence.
 * The entry's full text is always kept in the reference block, so a field we misread loses nothing.
 */
import type { InlineSpan } from '../../model';
import type { Fragment } from './inline';

export interface ReferenceFields {
  authors: string[];
  title: string | null;
  publisher: string | null;
  year: number | null;
}

/** A publication year: 1800–2099, not part of a longer number ("arXiv:1705.08807"). */
const YEAR = /(?<![\d.:/])\b(1[89]\d\d|20\d\d)[a-z]?\b(?![.:/]?\d)/g;
/** "(2016)", "(2016).", "(2017):" or " 2011." right after the authors. */
const YEAR_MARKER = /\s*\((1[89]\d\d|20\d\d)[a-z]?\)[.:,]?\s*|,?\s(1[89]\d\d|20\d\d)[a-z]?[.:]\s+/;
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_SEGMENT = new RegExp(`^(\\d{1,2} )?(${MONTH} )?(\\d{1,2} )?\\d{4}$|^${MONTH}( \\d{1,2})?$`, 'i');
/** "S.", "P. A.", "D.H.", "C-N E.": initials, with at least one period unless a lone letter. */
const INITIALS = /^(?=.*\.|.$)(\p{Lu}\p{Ll}?\.?[\s-]?){1,3}$/u;
const GIVEN_NAMES = /^\p{Lu}[\p{L}.'’-]*(\s\p{Lu}[\p{L}.'’-]*)*$/u;
/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATION = /(^|[\s(.])(\p{Lu}|pp?|Vol|No|Nr|eds?|Trans|Proc|Amer|Math|Soc|Phys|Rev|J|Int|Natl|Univ|Inc|Ltd|St|vs|cf)$/u;

/** Reads the fields of one reference entry. Never throws; a field it cannot find is null. */
export function parseReference(entry: Fragment): ReferenceFields {
  const text = entry.text.trim();
  const link = entry.spans.find((s): s is Extract<InlineSpan, { kind: 'link' }> => s.kind === 'link' && s.end - s.start > 3);
  const marker = YEAR_MARKER.exec(text);
  if (link && (!marker || link.start <= marker.index)) return briefingStyle(text, link);
  if (marker) return academicStyle(entry, marker);
  return { authors: [], title: firstSentence(text), publisher: null, year: lastYear(text) };
}

function briefingStyle(text: string, link: InlineSpan): ReferenceFields {
  let title = text.slice(link.start, link.end).trim();
  const segments = splitSegments(
    text
      .slice(link.end)
      .replace(/^[\s,]+/, '')
      .replace(/\.$/, '')
  );
  if (segments.length > 0 && /^[–—:-]\s/.test(segments[0]!)) {
    title += ` ${segments.shift()!}`;
    while (segments.length > 0 && /^\p{Ll}/u.test(segments[0]!)) title += `, ${segments.shift()!}`;
  }
  const publisher = segments.filter((s) => !DATE_SEGMENT.test(s) && !/^\p{Ll}/u.test(s) && !/^pp?\.\s/.test(s));
  return {
    authors: splitAuthors(text.slice(0, link.start)),
    title: title || null,
    publisher: publisher.length > 0 ? publisher.join(', ') : null,
    year: lastYear(text.slice(link.end)) ?? lastYear(text)
  };
}

function academicStyle(entry: Fragment, marker: RegExpExecArray): ReferenceFields {
  const text = entry.text.trim();
  const start = marker.index + marker[0].length;
  const rest = text.slice(start);
  const year = Number(marker[1] ?? marker[2]);
  const italics = entry.spans.filter((s) => s.kind === 'emphasis' && s.start >= start);
  let title: string | null;
  let after: number;
  const quoted = /^[“"]([^”"]+)[”"]/.exec(rest);
  if (quoted) {
    title = quoted[1]!.replace(/[,.]$/, '');
    after = start + quoted[0].length;
  } else if (italics[0] && italics[0].start === start) {
    title = text.slice(italics[0].start, italics[0].end).replace(/[,.]$/, '');
    after = italics[0].end;
    italics.shift();
  } else {
    const end = sentenceEnd(rest, italics[0] ? italics[0].start - start : rest.length);
    title = rest.slice(0, end).replace(/(,\s*in)?[,.\s]+$/i, '') || null;
    after = start + end;
  }
  const container = italics.find((s) => s.start >= after);
  const publisher = container
    ? text.slice(container.start, container.end).replace(/[,.\s]+$/, '')
    : firstSentence(
        text
          .slice(after)
          .replace(/^[\s,.]+/, '')
          .replace(/^\([^()]*\)[\s,.]*/, '')
          .replace(/^In:\s*/, '')
      );
  return { authors: splitAuthors(text.slice(0, marker.index)), title, publisher: publisher || null, year };
}

/** Where the first sentence of `text` ends: at ". ", "? " or "! " (not after an initial or abbreviation), or at `limit`. */
function sentenceEnd(text: string, limit: number): number {
  const ends = /[.?!]\s/g;
  let end = text.length;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    if (text[match.index] === '.' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    end = match.index + 1;
    break;
  }
  return Math.min(end, Math.max(limit, 1));
}

function firstSentence(text: string): string | null {
  const sentence = text
    .slice(0, sentenceEnd(text, text.length))
    .replace(/[,.\s]+$/, '')
    .trim();
  return sentence || null;
}

function lastYear(text: string): number | null {
  const years = [...text.matchAll(YEAR)];
  return years.length > 0 ? Number(years.at(-1)![1]) : null;
}

/** Splits on commas that are not inside brackets. */
function splitSegments(text: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      segments.push(current.trim());
      current = '';
    } else current += char;
  }
  segments.push(current.trim());
  return segments.filter((s) => s !== '');
}

/**
 * "Armstrong, S., Sandberg, A. and Bostrom, N." → three names; "Bostrom, Nick; Dafoe, Allan" →
 * two; "Gómez Ramírez E." → one; "UNODC" → one. "et al." and "(Eds)" are dropped.
 */
function splitAuthors(source: string): string[] {
  let cleaned = source
    .replace(/\(eds?\.?\)|\bet al\.?/gi, '')
    .replace(/[\s,:;]+$/, '')
    .trim();
  if (cleaned.endsWith('.') && !/\p{Lu}\.$/u.test(cleaned)) cleaned = cleaned.slice(0, -1).trim();
  if (cleaned === '') return [];
  if (cleaned.includes(';'))
    return cleaned
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  if (!cleaned.includes(',')) {
    const names = cleaned.split(/\s+(?:and|&)\s+/);
    return names.every((n) => /\s\p{Lu}\.$/u.test(n)) ? names : [cleaned];
  }
  const parts = cleaned.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).filter(Boolean);
  const authors: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const next = parts[i + 1];
    if (next !== undefined && INITIALS.test(next) && !INITIALS.test(parts[i]!)) {
      authors.push(`${parts[i]}, ${next}`);
      i++;
    } else if (next !== undefined && parts.length === 2 && GIVEN_NAMES.test(next)) {
      authors.push(`${parts[i]}, ${next}`);
      i++;
    } else authors.push(parts[i]!);
  }
  return authors;
}
