/**
 * `briefing cite ID [--block BLOCK_ID | --section SECTION_ID | --quote TEXT] [--style STYLE]`: a
 * passage (or the whole briefing) with its citation in a CSL style, or the whole briefing as
 * BibTeX, RIS or CSL-JSON for a reference manager.
 */
import type { Command } from 'commander';
import { CITATION_STYLE_IDS, REFERENCE_FORMATS } from '../../../shared/citation-formats';
import type { CitationStyleId, ReferenceFormat } from '../../../shared/contract/citations';
import { withLibrary, type CommandContext } from '../context';
import { CliError } from '../output';

const STYLES = [...CITATION_STYLE_IDS, ...REFERENCE_FORMATS];

function integerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`cite: ${name} takes a number, not "${value}"`, 2);
  return Number(value);
}

export function registerCiteCommands(program: Command, context: () => CommandContext): void {
  program
    .command('cite')
    .description('cite a passage or a whole briefing in a citation style, or export it for a reference manager')
    .argument('<id>', 'briefing id (or an unambiguous prefix)')
    .option('--block <id>', 'cite one block (a paragraph, list item, caption …) by its id (see: briefing show --json)')
    .option('--section <id>', 'cite one section by its id (see: briefing show)')
    .option('--quote <text>', 'quote these words, found in the briefing (spacing aside); they must occur once')
    .option('--prefix <text>', 'the words just before the quote, when it occurs more than once')
    .option('--suffix <text>', 'the words just after the quote, when it occurs more than once')
    .option('--style <style>', `${STYLES.join(', ')} (default: the style last chosen in the app, else apa)`)
    .action(async (id: string, options: { block?: string; section?: string; quote?: string; prefix?: string; suffix?: string; style?: string }) => {
      const ctx = context();
      const style = options.style?.toLowerCase();
      if (style !== undefined && !STYLES.includes(style as (typeof STYLES)[number])) {
        throw new CliError(`cite: --style must be one of ${STYLES.join(', ')}, not "${options.style}"`, 2);
      }
      const blockId = integerOption('--block', options.block);
      const sectionId = integerOption('--section', options.section);
      if ([blockId, sectionId, options.quote].filter((v) => v !== undefined).length > 1) {
        throw new CliError('cite: give one of --block, --section and --quote', 2);
      }
      const isReference = (REFERENCE_FORMATS as readonly string[]).includes(style ?? '');
      if (isReference && (blockId !== undefined || sectionId !== undefined || options.quote !== undefined)) {
        throw new CliError(`cite: --style ${style} exports the whole briefing; leave out --block, --section and --quote`, 2);
      }
      await withLibrary(ctx, async ({ library }) => {
        const { briefingReference, cite } = await import('../../library/cite/service');
        if (isReference) {
          const reference = briefingReference(library, id, style as ReferenceFormat);
          if (ctx.options.json) ctx.out.json(reference);
          else ctx.out.line(reference.content.replace(/\r?\n$/, ''));
          return;
        }
        const result = cite(library, {
          briefingId: id,
          blockId,
          sectionId,
          quote: options.quote,
          prefix: options.prefix,
          suffix: options.suffix,
          style: style as CitationStyleId | undefined
        });
        if (ctx.options.json) ctx.out.json(result);
        else ctx.out.line(result.text);
      });
    });
}
