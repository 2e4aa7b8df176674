/**
 * A whole briefing as a reference for reference managers: BibTeX (JabRef, LaTeX, Zotero), RIS
 * (EndNote, Mendeley, Zotero) and CSL-JSON (Zotero, Pandoc). citation-js maps the CSL-JSON item
 * to each format's fields, so all three say the same thing as the citations do.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { ReferenceExport, ReferenceFormat } from '../../../shared/contract/citations';
import type { BriefingMetadata } from '../../../shared/types';
import { cslItem } from './csl-item';

const FILES: Record<ReferenceFormat, { extension: string; mime: string }> = {
  bibtex: { extension: 'bib', mime: 'application/x-bibtex' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' }
};

/** LaTeX's special characters and how BibTeX writes them literally. */
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}'
};
const escapeLatex = (text: string) => text.replace(/[\\{}%&$#_~^]/g, (char) => LATEX_SPECIALS[char]!);

/** Every string in `value` (a name, a list of names) with LaTeX's special characters escaped. */
function escapeStrings(value: unknown): unknown {
  if (typeof value === 'string') return escapeLatex(value);
  if (Array.isArray(value)) return value.map(escapeStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)]));
  return value;
}

/**
 * BibTeX in UTF-8. citation-js's default ASCII mode rewrites letters as LaTeX commands, which keeps
 * accented Latin but loses Greek and Cyrillic letters (an EU library has both); its UTF-8 mode
 * keeps every letter but does not escape LaTeX's special characters ("100 %" would start a
 * comment), so those are escaped here first. The URL is BibTeX's verbatim field and stays as is.
 */
function bibtexText(item: CslItem): string {
  const config = plugins.config.get('@bibtex').format;
  const previous = config.asciiOnly;
  config.asciiOnly = false;
  try {
    const { URL: url, ...rest } = item;
    return new Cite([{ ...(escapeStrings(rest) as CslItem), ...(url ? { URL: url } : {}) }]).format('bibtex', { format: 'text' });
  } finally {
    config.asciiOnly = previous;
  }
}

/**
 * RIS text from citation-js's tag-by-tag record. citation-js's own text output breaks values every
 * 70 characters, mid-word, which readers join back without a space ("A\nndean"), so the record's
 * lines are written here, one tag per line, CRLF-terminated as the RIS specification asks.
 */
function risText(item: ReturnType<typeof cslItem>): string {
  const records = new Cite([item]).format('ris', { format: 'object' }) as unknown as Array<Record<string, string | string[]>>;
  return records
    .map((record) => {
      const lines = [`TY  - ${String(record.TY)}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** An ASCII file name for the reference: "Jutten-2024-EU-cooperation-with-Latin-America". */
export function referenceFileStem(metadata: BriefingMetadata): string {
  const first = metadata.authors[0];
  const who = first ? ('family' in first ? first.family : first.literal) : '';
  const title = metadata.title.split(/\s+/).slice(0, 5).join(' ');
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return [ascii(who), metadata.year ? String(metadata.year) : '', ascii(title)].filter((part) => part !== '').join('-') || 'briefing';
}

/** Briefing `id` with `metadata` in a reference-manager format. */
export function exportReference(id: string, metadata: BriefingMetadata, format: ReferenceFormat): ReferenceExport {
  const item = cslItem(id, metadata);
  const content = format === 'bibtex' ? bibtexText(item) : format === 'ris' ? risText(item) : `${JSON.stringify([item], null, 2)}\n`;
  const { extension, mime } = FILES[format];
  return { format, filename: `${referenceFileStem(metadata)}.${extension}`, mime, content };
}
