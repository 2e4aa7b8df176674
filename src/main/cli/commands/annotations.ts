/**
 * `briefing annotate` and `briefing annotations`: highlighting a passage with a note and tags from
 * the command line, and listing annotations with filters. Also prints what `briefing import FILE
 * --update ID` did (the re-anchoring counts), which briefings.ts delegates here.
 */
import type { Command } from 'commander';
import type { AnnotationView, EditionUpdate } from '../../../shared/contract/annotations';
import type { AnchorStatus } from '../../../shared/types';
import { displayName, readImportFile } from '../../library/import/read-file';
import { withLibrary, type CommandContext } from '../context';
import { CliError, type Output } from '../output';

const STATUSES: AnchorStatus[] = ['exact', 'fuzzy', 'orphan'];

const collect = (value: string, previous: string[]) => [...previous, value];

/** The `--json` shape of an annotation, as the README documents it. */
export function annotationJson(a: AnnotationView) {
  return {
    id: a.id,
    briefingId: a.briefingId,
    sectionId: a.sectionId,
    blockId: a.blockId,
    quote: a.quote,
    note: a.note,
    color: a.color,
    tags: a.tags,
    status: a.status,
    created: a.created,
    modified: a.modified
  };
}

const short = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

function printAnnotation(out: Output, a: AnnotationView): void {
  const tags = a.tags.map((t) => ` #${t}`).join('');
  const where = a.status === 'orphan' ? 'orphan: its passage is no longer in the text' : (a.sectionTitle ?? 'notes and references');
  out.line(`  ${a.id.slice(0, 8)}  ${a.color.padEnd(6)}  ${a.status.padEnd(6)}  “${short(a.quote, 70)}”${tags}`);
  out.line(`            ${short(where, 70)}`);
  for (const line of a.note
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 3))
    out.line(`            ${short(line, 90)}`);
}

/** The annotation core, loaded when an annotation command runs rather than for every command. */
async function annotationCore() {
  const [{ AnnotationService }, { checkColor }] = await Promise.all([
    import('../../library/annotations/service'),
    import('../../library/annotations/validate')
  ]);
  return { AnnotationService, checkColor };
}

export function registerAnnotationCommands(program: Command, context: () => CommandContext): void {
  program
    .command('annotate')
    .description('highlight a passage of a briefing, found by its words, with an optional note and tags')
    .argument('<id>', 'briefing id (or an unambiguous prefix)')
    .requiredOption('--quote <text>', 'the words to highlight, exactly as in the briefing (spacing aside)')
    .option('--prefix <text>', 'the words just before the quote, when it occurs more than once')
    .option('--suffix <text>', 'the words just after the quote, when it occurs more than once')
    .option('--note <text>', 'a note, in Markdown')
    .option('--color <name>', 'yellow, green, blue, pink or purple', 'yellow')
    .option('--tag <tag>', 'a tag (repeat for several)', collect, [])
    .action(async (id: string, options: { quote: string; prefix?: string; suffix?: string; note?: string; color: string; tag: string[] }) => {
      const ctx = context();
      await withLibrary(ctx, async ({ library }) => {
        const { AnnotationService, checkColor } = await annotationCore();
        const created = new AnnotationService(library).create({
          briefingId: id,
          quote: options.quote,
          prefix: options.prefix,
          suffix: options.suffix,
          note: options.note,
          color: checkColor(options.color),
          tags: options.tag
        });
        if (ctx.options.json) return ctx.out.json(annotationJson(created));
        ctx.out.line(`Annotated ${created.briefingId} "${short(created.briefingTitle, 60)}" (annotation ${created.id}):`);
        printAnnotation(ctx.out, created);
      });
    });

  program
    .command('annotations')
    .description('list annotations, of one briefing or of the whole library, in reading order')
    .argument('[id]', 'briefing id (or an unambiguous prefix); all briefings when left out')
    .option('--tag <tag>', 'only annotations with this tag (repeat: with all of them)', collect, [])
    .option('--color <name>', 'only annotations of this colour (repeat for several)', collect, [])
    .option('--status <status>', `only annotations anchored so: ${STATUSES.join(', ')} (repeat for several)`, collect, [])
    .option('--search <words>', 'only annotations whose quote, note or tags contain these words')
    .action(async (id: string | undefined, options: { tag: string[]; color: string[]; status: string[]; search?: string }) => {
      const ctx = context();
      for (const s of options.status) {
        if (!STATUSES.includes(s as AnchorStatus)) throw new CliError(`annotations: --status must be one of ${STATUSES.join(', ')}, not "${s}"`, 2);
      }
      await withLibrary(ctx, async ({ library }) => {
        const { AnnotationService, checkColor } = await annotationCore();
        const found = new AnnotationService(library).list({
          briefingId: id,
          tags: options.tag,
          colors: options.color.map(checkColor),
          statuses: options.status as AnchorStatus[],
          text: options.search
        });
        if (ctx.options.json) return ctx.out.json(found.map(annotationJson));
        if (found.length === 0) return ctx.out.line('No annotations match.');
        let briefing = '';
        for (const a of found) {
          if (a.briefingId !== briefing) {
            if (briefing !== '') ctx.out.line();
            briefing = a.briefingId;
            ctx.out.line(`${a.briefingTitle} (${a.briefingId})`);
          }
          printAnnotation(ctx.out, a);
        }
      });
    });
}

/** `briefing import FILE --update ID`: replaces a briefing's text with a new edition and reports the re-anchoring. */
export async function runEditionUpdate(ctx: CommandContext, files: string[], id: string): Promise<void> {
  if (files.length !== 1) throw new CliError(`import: --update takes exactly one file, not ${files.length}`, 2);
  const file = files[0]!;
  await withLibrary(ctx, async ({ library }) => {
    const result: EditionUpdate = await library.updateFromBytes(id, readImportFile(file), displayName(file));
    if (ctx.options.json) return ctx.out.json({ id: result.id, reanchored: result.reanchored });
    const { exact, fuzzy, orphan } = result.reanchored;
    const doc = library.get(result.id);
    ctx.out.line(`Updated ${result.id} "${short(doc.metadata.title, 60)}" to edition ${doc.edition} from ${displayName(file)}`);
    ctx.out.line(`Annotations: ${exact} anchored exactly, ${fuzzy} fuzzily (check them), ${orphan} orphaned (their passage is gone)`);
  });
}
