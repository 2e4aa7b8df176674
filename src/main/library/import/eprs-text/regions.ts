/**
 * Front and back matter: cuts the classified lines of a publication into the parts every EPRS
 * publication shares — title, imprint (front matter), table of contents, summary, "In this
 * briefing" list, body, and the tail of endnotes, main references and back matter.
 *
 * The cuts use the publisher's own labels (SUMMARY, IN THIS BRIEFING, Table of contents,
 * ENDNOTES, MAIN REFERENCES, DISCLAIMER AND COPYRIGHT), matched case-insensitively, and the look
 * of the lines that end every EPRS publication (contact addresses, the copyright line, the
 * disclaimer sentences). A publication that lacks a label simply lacks that part; nothing here
 * depends on one document's wording.
 */
import type { Line } from './lines';

const SUMMARY_LABEL = /^summary$/i;
const IN_THIS_BRIEFING_LABEL = /^in this (briefing|paper|analysis|study)$/i;
const TOC_LABEL = /^(table of )?contents$/i;
const NOTES_LABEL = /^(end ?notes|foot ?notes|notes)$/i;
const MAIN_REFERENCES_LABEL = /^(main|key|selected) (references|sources)$/i;
/** The heading of a reference list (a chapter's, or the only one of a text). */
export const REFERENCES_LABEL = /^(references|bibliography|further reading|sources)$/i;
const BACK_LABEL = /^(disclaimer( and copyright)?|copyright|legal notice)$/i;
/** Sentences of the standard EPRS disclaimer and copyright notice. */
const BACK_MATTER_TEXT =
  /© European Union|This document is (prepared for|available on)|Reproduction and translation|sole responsibility of (its|the) author|given prior notice/i;
/** Longer lines are paragraphs, never listed titles. */
const MAX_TITLE = 300;
/** How many lines the imprint before a summary or contents list may take (the longest we know takes 34). */
const OPENING_WITHIN = 100;
/** Reference entries carry a year or start with an author's surname and a comma, or with a title link. */
export const REFERENCE_LIKE = /\b(1[5-9]|20)\d\d[a-z]?\b|^\p{Lu}[\p{L}'’-]+,\s|^\[/u;

export interface Regions {
  /** The title line, or null when the first line cannot be a title. */
  title: Line | null;
  /** Imprint lines before the body: document type, date, authors, PE number, ISBN, disclaimer… */
  front: Line[];
  /** Titles listed in a table of contents. */
  toc: string[];
  summary: Line[];
  /** The "In this briefing" list as printed. */
  inThisBriefing: string[];
  body: Line[];
  /** Endnotes and the note-definition lines found in the tail. */
  notes: Line[];
  /** Entries of the main reference list (the one after the body). */
  references: Line[];
  /** Disclaimer, copyright, credits, contact lines, back-cover text. */
  back: Line[];
}

/** Cuts the lines of a publication into its parts. */
export function splitRegions(lines: readonly Line[]): Regions {
  const regions: Regions = { title: null, front: [], toc: [], summary: [], inThisBriefing: [], body: [], notes: [], references: [], back: [] };
  let i = 0;
  const first = lines[0];
  if (first && lines.length > 1 && isTitleLine(first)) {
    regions.title = first;
    i = 1;
  }

  const opening = findOpening(lines, i);
  if (opening >= 0) {
    regions.front = lines.slice(i, opening);
    i = opening;
  } else {
    while (i < lines.length && isImprintLine(lines[i]!.content.text)) regions.front.push(lines[i++]!);
  }

  // Table of contents, summary and "In this briefing" list, in whatever order they come.
  for (let progressed = true; progressed && i < lines.length;) {
    progressed = false;
    const line = lines[i]!;
    if (TOC_LABEL.test(line.content.text) || line.shape === 'toc-entry') {
      if (line.shape !== 'toc-entry') i++;
      while (lines[i]?.shape === 'toc-entry') regions.toc.push(lines[i++]!.toc!.title);
      progressed = true;
    } else if (SUMMARY_LABEL.test(line.content.text)) {
      i++;
      while (i < lines.length && !endsSummary(lines[i]!)) regions.summary.push(lines[i++]!);
      progressed = true;
    } else if (IN_THIS_BRIEFING_LABEL.test(line.content.text)) {
      i++;
      while (lines[i]?.shape === 'list-item') regions.inThisBriefing.push(lines[i++]!.content.text);
      progressed = true;
    }
  }

  const tailStart = findTailStart(lines, i, regions);
  regions.body = lines.slice(i, tailStart);
  splitTail(lines.slice(tailStart), regions, lines.length - findBackStart(lines, tailStart));
  return regions;
}

function isTitleLine(line: Line): boolean {
  const text = line.content.text;
  return (
    text.length <= 200 &&
    (line.shape === 'heading-like' || line.shape === 'paragraph') &&
    !SUMMARY_LABEL.test(text) &&
    !IN_THIS_BRIEFING_LABEL.test(text) &&
    !/[.,;:]$/.test(text)
  );
}

/**
 * Index of the first label that opens the body's preliminaries (contents, summary, list), or -1.
 * Only the first lines count: a "Summary" heading deep in a long text is a section of its own.
 */
function findOpening(lines: readonly Line[], from: number): number {
  for (let i = from; i < Math.min(lines.length, OPENING_WITHIN); i++) {
    const line = lines[i]!;
    const text = line.content.text;
    if (line.shape === 'toc-entry' || TOC_LABEL.test(text) || SUMMARY_LABEL.test(text) || IN_THIS_BRIEFING_LABEL.test(text)) return i;
  }
  return -1;
}

/** A document-type line, a date, a PE number: the imprint lines that may sit under a title. */
function isImprintLine(text: string): boolean {
  return DOCUMENT_TYPE.test(text) || DATE_LINE.test(text) || PE_NUMBER_LINE.test(text);
}

/** A line that names the type of publication, as EPRS prints it under the title. */
export const DOCUMENT_TYPE =
  /^(Briefing|At a glance|In-depth analysis|Study|Analysis|Research paper|Ideas paper|Infographic|Policy brief|Options brief|Workshop proceedings|Compact|Spotlight)$/i;
/** A line that is a date: "March 2018" or "12 April 2024". */
export const DATE_LINE = /^(?:(\d{1,2})\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})$/i;
const PE_NUMBER_LINE = /^PE\s?\d{3}\.\d{3}$/;

function endsSummary(line: Line): boolean {
  const text = line.content.text;
  return IN_THIS_BRIEFING_LABEL.test(text) || TOC_LABEL.test(text) || line.shape === 'heading-like' || line.shape === 'toc-entry';
}

/**
 * Where the tail starts: the first of (a) an endnotes, main-references or disclaimer label, (b)
 * the run of back-matter lines that ends the text, (c) the first line after the last reference
 * list that is not a reference (back-cover text).
 */
function findTailStart(lines: readonly Line[], bodyStart: number, regions: Regions): number {
  const referenceLabels = lines.filter((l, k) => k >= bodyStart && REFERENCES_LABEL.test(l.content.text)).length;
  const listedAfter = listedHeadingAfter(lines, regions);
  let tail = findBackStart(lines, bodyStart);
  for (let k = bodyStart; k < tail; k++) {
    const text = lines[k]!.content.text;
    const soleReferences = referenceLabels === 1 && REFERENCES_LABEL.test(text);
    const label = NOTES_LABEL.test(text) || MAIN_REFERENCES_LABEL.test(text) || BACK_LABEL.test(text) || soleReferences;
    if (label && !listedAfter[k]) return k;
  }
  for (let k = tail - 1; k >= bodyStart; k--) {
    if (!REFERENCES_LABEL.test(lines[k]!.content.text)) continue;
    if (listedAfter[k]) break;
    for (let r = k + 1; r < tail; r++) {
      const line = lines[r]!;
      if (line.shape === 'note-def') continue;
      if (!REFERENCE_LIKE.test(line.content.text)) {
        tail = r;
        break;
      }
    }
    break;
  }
  return tail;
}

/** For each line, whether a heading listed in the contents or the "In this briefing" list comes after it. */
function listedHeadingAfter(lines: readonly Line[], regions: Regions): boolean[] {
  const listed = new Set([...regions.toc, ...regions.inThisBriefing].map(comparable));
  const after = new Array<boolean>(lines.length).fill(false);
  for (let k = lines.length - 2; k >= 0 && listed.size > 0; k--) {
    const text = lines[k + 1]!.content.text;
    after[k] = after[k + 1]! || (text.length <= MAX_TITLE && listed.has(comparable(text)));
  }
  return after;
}

/** Start of the run of back-matter lines (labels, disclaimer, copyright, credits, contacts) that ends the text. */
function findBackStart(lines: readonly Line[], bodyStart: number): number {
  let k = lines.length;
  while (k > bodyStart && isBackMatterLine(lines[k - 1]!)) k--;
  return k;
}

function isBackMatterLine(line: Line): boolean {
  const text = line.content.text;
  return line.shape === 'contact' || line.shape === 'credit' || BACK_LABEL.test(text) || BACK_MATTER_TEXT.test(text);
}

function splitTail(tail: readonly Line[], regions: Regions, backLength: number): void {
  const backFrom = tail.length - Math.min(backLength, tail.length);
  let mode: 'notes' | 'references' | 'back' = 'back';
  tail.forEach((line, k) => {
    const text = line.content.text;
    if (k >= backFrom) mode = 'back';
    else if (NOTES_LABEL.test(text)) return void (mode = 'notes');
    else if (MAIN_REFERENCES_LABEL.test(text) || REFERENCES_LABEL.test(text)) return void (mode = 'references');
    else if (BACK_LABEL.test(text)) mode = 'back';
    if (line.shape === 'note-def') regions.notes.push(line);
    else if (mode === 'notes' && regions.notes.length > 0) regions.notes.push(line);
    else if (mode === 'references') regions.references.push(line);
    else regions.back.push(line);
  });
}

/** Folds a title for comparison: case, white space and closing punctuation do not matter. */
export function comparable(title: string): string {
  return title
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,]+$/, '')
    .trim();
}
