/**
 * `briefing maintain`: compacts the search index's vocabulary and the library file after many
 * deletions, and says what it won (see library/maintain.ts).
 */
import type { Command } from 'commander';
import { formatSize } from '../../../shared/format-size';
import { withLibrary, type CommandContext } from '../context';

export function registerMaintainCommands(program: Command, context: () => CommandContext): void {
  program
    .command('maintain')
    .description('compact the library after many deletions: unused search terms removed, the file rewritten without free pages')
    .action(async () => {
      const ctx = context();
      const { maintainLibrary } = await import('../../library/maintain');
      await withLibrary(ctx, ({ library }) => {
        const report = maintainLibrary(library.db);
        if (ctx.options.json) ctx.out.json(report);
        else {
          const terms = report.removedTerms === 1 ? '1 unused search term' : `${report.removedTerms} unused search terms`;
          ctx.out.line(`Removed ${terms}; the library went from ${formatSize(report.bytesBefore)} to ${formatSize(report.bytesAfter)}.`);
        }
      });
    });
}
