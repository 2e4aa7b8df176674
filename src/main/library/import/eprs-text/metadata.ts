/**
 * Metadata: what the imprint and the back matter say about the publication.
 *
 * Every rule reads a convention of the publisher, not a document: the copyright line "© European
 * Union, YYYY" gives the year; a line that is a month and a year (under the title) gives the
 * date; "PE 123.456" is the European Parliament document number; an AUTHORS block lists "Name,
 * affiliation" lines; a document-type line names the type; "doi: …" gives a stable address; the
 * EPRS and STOA addresses name the publisher and series. Without a type line, a text with a
 * SUMMARY is a Briefing and a short one without it an At a glance note, as the EPRS series are
 * laid out. Whatever is not printed stays null or empty, for the user to fill in.
 */
import type { BriefingMetadata, PersonName } from '../../../../shared/types';
import { DATE_LINE, DOCUMENT_TYPE } from './regions';

export interface MetadataSources {
  title: string;
  /** Imprint lines (rendered text) and back-matter lines, in order. */
  front: readonly string[];
  back: readonly string[];
  hasSummary: boolean;
  /** Words in the body, to tell a two-page note from a briefing (counted only when needed). */
  bodyWords: () => number;
}

const EPRS =
  /European Parliamentary Research Service|\bEPRS\b|eprs@ep\.europa\.eu|Parliamentary Research Services|europarl\.europa\.eu\/thinktank|epthinktank\.eu|\bSTOA\b/i;
const STOA = /\bSTOA\b|Scientific Foresight Unit/i;
const COPYRIGHT_YEAR = /©\s*European Union,?\s*((?:19|20)\d\d)/;
const PE_NUMBER = /\bPE\s?(\d{3}\.\d{3})\b/;
const DOI = /^doi:\s*(10\.\d{4,9}\/\S+)$/i;
const AUTHORS_LABEL = /^authors?$/i;
const PARTICLES = 'van|von|der|den|de|del|della|di|da|du|le|la';
/** Two to five capitalised words (particles allowed): "Peter J. Bentley", "Ludwig van Beethoven". */
const PERSON = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(\\s+(\\p{Lu}[\\p{L}.'’-]*|${PARTICLES})){1,4}$`, 'u');
/** An at-a-glance note is at most two pages: well under this many words. */
const AT_A_GLANCE_WORDS = 2000;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Derives the metadata of a publication from its imprint and back matter. */
export function deriveMetadata(sources: MetadataSources): BriefingMetadata {
  const all = [...sources.front, ...sources.back];
  const copyright = all.map((l) => COPYRIGHT_YEAR.exec(l)).find(Boolean);
  const dateLine = sources.front.map((l) => DATE_LINE.exec(l)).find(Boolean);
  const date = dateLine ? isoDate(dateLine) : null;
  const pe = all.map((l) => PE_NUMBER.exec(l)).find(Boolean);
  const doi = all.map((l) => DOI.exec(l)).find(Boolean);
  const typeLine = sources.front.find((l) => DOCUMENT_TYPE.test(l));
  return {
    title: sources.title,
    subtitle: null,
    documentType: typeLine ?? (sources.hasSummary || sources.bodyWords() >= AT_A_GLANCE_WORDS ? 'Briefing' : 'At a glance'),
    publisher: all.some((l) => EPRS.test(l)) ? 'European Parliamentary Research Service' : null,
    series: all.some((l) => STOA.test(l)) ? 'STOA' : null,
    language: 'en',
    year: copyright ? Number(copyright[1]) : date ? Number(date.slice(0, 4)) : null,
    date,
    authors: readAuthors(sources.front),
    peNumber: pe ? `PE ${pe[1]}` : null,
    url: doi ? `https://doi.org/${doi[1]}` : null,
    sourceFormat: 'text',
    pages: null
  };
}

function isoDate(match: RegExpExecArray): string {
  const month = String(MONTHS.indexOf(match[2]!.toLowerCase()) + 1).padStart(2, '0');
  const day = match[1] ? `-${match[1].padStart(2, '0')}` : '';
  return `${match[3]}-${month}${day}`;
}

/** The lines under an AUTHORS label, up to the next label or sentence: "Name, affiliation". */
function readAuthors(front: readonly string[]): PersonName[] {
  const start = front.findIndex((l) => AUTHORS_LABEL.test(l));
  if (start < 0) return [];
  const authors: PersonName[] = [];
  for (const line of front.slice(start + 1)) {
    const name = line.split(',')[0]!.trim();
    if (!PERSON.test(name) || name === name.toUpperCase()) break;
    authors.push(personName(name));
  }
  return authors;
}

/** "Peter J. Bentley" → family "Bentley", given "Peter J."; particles stay with the family name. */
function personName(name: string): PersonName {
  const words = name.split(/\s+/);
  if (words.length < 2) return { literal: name };
  let familyStart = words.length - 1;
  while (familyStart > 1 && new RegExp(`^(${PARTICLES})$`).test(words[familyStart - 1]!)) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}
