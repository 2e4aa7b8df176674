/**
 * The metadata of a PDF publication, from what its first page prints (imprint, labels) and its
 * document information (Title, Lang, CreationDate), the printed text winning: authors from an
 * "Author(s):" line, the document number ("PE 739.354") and the date printed beside it, the
 * publisher from the imprint or the copyright line, the language from the PDF's Lang entry.
 */
import type { BriefingMetadata, PersonName } from '../../../../shared/types';
import type { Front } from './front';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_YEAR = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTHS.join('|')})\\s+((?:19|20)\\d\\d)\\b`, 'i');
const PE_NUMBER = /\bPE\s?(\d{3}\.\d{3})\b/;
const AUTHORS = /^authors?\s*:\s*(.+)$/i;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:©\s*)?((?:19|20)\d\d)?,?\s*([^,.\d][^.]*?)?,?\s*((?:19|20)\d\d)?\.?$/i;
const PARTICLES = /^(van|von|der|den|de|del|della|di|da|du|le|la)$/;

export interface MetadataSources {
  front: Front;
  /** Every line of text outside the front, for the copyright line. */
  otherLines: readonly string[];
  /** Running heads removed from the pages: they often name the publisher. */
  furniture: readonly string[];
  info: Record<string, unknown>;
  pages: number;
}

export function readPdfMetadata(sources: MetadataSources): BriefingMetadata {
  const { front, info } = sources;
  const printed = [...front.labels, ...front.imprint];
  const date = printed.map((l) => MONTH_YEAR.exec(l)).find(Boolean);
  const pe = printed.map((l) => PE_NUMBER.exec(l)).find(Boolean);
  const copyright =
    [...sources.otherLines]
      .reverse()
      .map((l) => (/©|copyright/i.test(l) ? COPYRIGHT.exec(l.trim()) : null))
      .find(Boolean) ?? undefined;
  const isoDate = date
    ? `${date[3]}-${String(MONTHS.indexOf(date[2]!.toLowerCase()) + 1).padStart(2, '0')}${date[1] ? `-${date[1].padStart(2, '0')}` : ''}`
    : null;
  const year = isoDate ? Number(isoDate.slice(0, 4)) : (copyrightYear(copyright) ?? creationYear(info));
  const typeLabel = front.labels.find((l) => l === l.toUpperCase() && /^\p{Lu}[\p{Lu}\s-]{2,30}$/u.test(l));
  const title = front.title || stringInfo(info, 'Title') || 'Untitled';
  return {
    title,
    subtitle: front.subtitle,
    documentType: typeLabel ? sentenceCase(typeLabel) : 'Report',
    publisher: publisher(printed, sources.furniture, copyright, info),
    series: front.labels.find((l) => l !== typeLabel && !MONTH_YEAR.test(l) && !PE_NUMBER.test(l)) ?? null,
    language: language(info),
    year,
    date: isoDate ?? (year === null ? null : String(year)),
    authors: authors(printed),
    peNumber: pe ? `PE ${pe[1]}` : null,
    url: null,
    sourceFormat: 'pdf',
    pages: sources.pages
  };
}

/** "Authors: Angelos Delivorias and Elena Lazarou" → two names. */
function authors(lines: readonly string[]): PersonName[] {
  const line = lines.map((l) => AUTHORS.exec(l.trim())).find(Boolean);
  if (!line) return [];
  return line[1]!
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .map(personName);
}

function personName(name: string): PersonName {
  const words = name.split(/\s+/);
  if (words.length < 2) return { literal: name };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.test(words[familyStart - 1]!)) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

/** The name after the "|" of an imprint or running head ("EPRS | European Parliamentary Research Service"), else the copyright holder. */
function publisher(
  printed: readonly string[],
  furniture: readonly string[],
  copyright: RegExpExecArray | undefined,
  info: Record<string, unknown>
): string | null {
  const piped = [...printed, ...furniture].map((l) => /^[^|]{2,20}\|\s*(.{5,120})$/.exec(l.trim())).find(Boolean);
  if (piped) return piped[1]!.trim();
  const holder = copyright?.[2]?.trim();
  if (holder && !/^european union$/i.test(holder)) return holder;
  const company = (info.Custom as Record<string, unknown> | undefined)?.Company;
  return typeof company === 'string' && company.trim() !== '' ? company.trim() : null;
}

function copyrightYear(match: RegExpExecArray | undefined): number | null {
  const year = match?.[1] ?? match?.[3];
  return year ? Number(year) : null;
}

/** "D:20230216131654+01'00'" → 2023. */
function creationYear(info: Record<string, unknown>): number | null {
  const match = /^D:((?:19|20)\d\d)/.exec(stringInfo(info, 'CreationDate') ?? '');
  return match ? Number(match[1]) : null;
}

function language(info: Record<string, unknown>): string {
  const lang = stringInfo(info, 'Language') ?? stringInfo(info, 'Lang');
  const match = lang ? /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?/.exec(lang) : null;
  return match ? match[1]!.toLowerCase() : 'en';
}

function stringInfo(info: Record<string, unknown>, key: string): string | null {
  const value = info[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function sentenceCase(text: string): string {
  const lower = text.toLowerCase().trim();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
