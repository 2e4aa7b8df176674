/**
 * `briefing meta ID [--set field=value]…`: shows a briefing's metadata and edits it — the authors,
 * date, PE number and URL that citations need and a plain-text file often lacks.
 */
import type { Command } from 'commander';
import { METADATA_FIELDS } from '../../../shared/citation-formats';
import type { MetadataPatch } from '../../../shared/contract/citations';
import type { BriefingMetadata, PersonName } from '../../../shared/types';
import { withLibrary, type CommandContext } from '../context';
import { CliError, table, type Output } from '../output';

type Field = (typeof METADATA_FIELDS)[number];

/** Labels for the readable listing, in display order. */
const LABELS: Record<Field, string> = {
  title: 'Title',
  subtitle: 'Subtitle',
  authors: 'Authors',
  date: 'Date',
  documentType: 'Type',
  series: 'Series',
  publisher: 'Publisher',
  peNumber: 'PE number',
  url: 'URL',
  language: 'Language'
};

/** Other spellings accepted for a field on the command line. */
const ALIASES: Record<string, Field> = { author: 'authors', type: 'documentType', pe: 'peNumber', lang: 'language' };

const normalise = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

function fieldNamed(name: string): Field {
  const wanted = normalise(name);
  const field = METADATA_FIELDS.find((f) => normalise(f) === wanted) ?? ALIASES[wanted];
  if (!field) throw new CliError(`meta: there is no field "${name}"; fields: ${METADATA_FIELDS.join(', ')}`, 2);
  return field;
}

/**
 * Authors as typed: separated by ";", a person as "Family, Given", anything without a comma (an
 * organisation) as one literal name. `"Jütten, Marc; European Parliament"`.
 */
export function parseAuthors(value: string): PersonName[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const comma = part.indexOf(',');
      if (comma === -1) return { literal: part };
      const family = part.slice(0, comma).trim();
      const given = part.slice(comma + 1).trim();
      return given ? { family, given } : { family };
    });
}

/** `--set` values as a metadata patch; an empty value clears an optional field. */
export function patchFromAssignments(assignments: readonly string[]): MetadataPatch {
  const patch: Record<string, unknown> = {};
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw new CliError(`meta: --set takes field=value, not "${assignment}"`, 2);
    const field = fieldNamed(assignment.slice(0, equals).trim());
    const value = assignment.slice(equals + 1);
    patch[field] = field === 'authors' ? parseAuthors(value) : value;
  }
  return patch as MetadataPatch;
}

const personText = (name: PersonName) => ('literal' in name ? name.literal : name.given ? `${name.family}, ${name.given}` : name.family);

function printMetadata(out: Output, id: string, metadata: BriefingMetadata): void {
  out.line(`${metadata.title} (${id})`);
  const value = (field: Field): string => {
    if (field === 'authors') return metadata.authors.map(personText).join('; ');
    return metadata[field] ?? '';
  };
  for (const line of table(METADATA_FIELDS.map((field) => [`  ${LABELS[field]}`, value(field) || '—']))) out.line(line);
}

export function registerMetaCommands(program: Command, context: () => CommandContext): void {
  program
    .command('meta')
    .description("show or edit a briefing's metadata (authors, date, PE number, URL, …) used in citations")
    .argument('<id>', 'briefing id (or an unambiguous prefix)')
    .option(
      '--set <field=value>',
      `set a field (repeat for several): ${METADATA_FIELDS.join(', ')}; authors as "Family, Given; Organisation"; an empty value clears`,
      (value: string, previous: string[]) => [...previous, value],
      []
    )
    .action(async (id: string, options: { set: string[] }) => {
      const ctx = context();
      const patch = patchFromAssignments(options.set);
      await withLibrary(ctx, ({ library }) => {
        const fullId = library.resolveId(id);
        const metadata = options.set.length > 0 ? library.updateMetadata(fullId, patch) : library.get(fullId).metadata;
        if (ctx.options.json) ctx.out.json(metadata);
        else printMetadata(ctx.out, fullId, metadata);
      });
    });
}
