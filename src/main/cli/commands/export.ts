/**
 * `briefing export-notes [ID] --format md|html|csv|json|docx [--out FILE] [--style STYLE]` and
 * `briefing import-notes FILE`: notes out to Obsidian, a browser, a spreadsheet, Word or a backup,
 * and back in from a JSON export.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CITATION_STYLE_IDS, NOTES_FORMATS } from '../../../shared/citation-formats';
import type { CitationStyleId, NotesFormat } from '../../../shared/contract/citations';
import { writeProblem } from '../../library/file-problem';
import { readImportFile } from '../../library/import/read-file';
import { withLibrary, type CommandContext } from '../context';
import { CliError } from '../output';

/** Writes `bytes` to `file` through a temporary file, so that a failure never leaves half a file. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch (error) {
    // The temporary file may not exist, or its folder may not be reachable: nothing to clean then.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      /* nothing was written */
    }
    throw new CliError(`export-notes: ${JSON.stringify(file)} ${writeProblem(error)}`);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function registerExportCommands(program: Command, context: () => CommandContext): void {
  program
    .command('export-notes')
    .description('export highlights and notes, of one briefing or of the whole library')
    .argument('[id]', 'briefing id (or an unambiguous prefix); all annotated briefings when left out')
    .requiredOption('--format <format>', NOTES_FORMATS.join(', '))
    .option('--out <file>', 'write to this file (replaced if it exists); text formats go to standard output without it')
    .option('--style <style>', `citation style: ${CITATION_STYLE_IDS.join(', ')} (default: the one last chosen in the app)`)
    .action(async (id: string | undefined, options: { format: string; out?: string; style?: string }) => {
      const ctx = context();
      const format = options.format.toLowerCase() as NotesFormat;
      if (!NOTES_FORMATS.includes(format)) throw new CliError(`export-notes: --format must be one of ${NOTES_FORMATS.join(', ')}, not "${options.format}"`, 2);
      const style = options.style?.toLowerCase() as CitationStyleId | undefined;
      if (style !== undefined && !CITATION_STYLE_IDS.includes(style)) {
        throw new CliError(`export-notes: --style must be one of ${CITATION_STYLE_IDS.join(', ')}, not "${options.style}"`, 2);
      }
      if (format === 'docx' && !options.out) throw new CliError('export-notes: a Word document needs --out FILE', 2);
      await withLibrary(ctx, async ({ library }) => {
        const { exportNotes } = await import('../../library/export/notes-export');
        const file = await exportNotes(library, { briefingId: id, format, style });
        const summary = { file: options.out ?? null, filename: file.filename, format, notes: file.notes, briefings: file.briefings };
        if (!options.out) {
          ctx.out.line(
            new TextDecoder()
              .decode(file.bytes)
              .replace(/^\uFEFF/, '')
              .replace(/\r?\n$/, '')
          );
          return;
        }
        writeAtomically(options.out, file.bytes);
        if (ctx.options.json) ctx.out.json(summary);
        else ctx.out.line(`Exported ${plural(file.notes, 'note')} from ${plural(file.briefings, 'briefing')} to ${options.out}`);
      });
    });

  program
    .command('import-notes')
    .description('import notes from a JSON export (W3C Web Annotations), re-anchored; importing twice adds nothing')
    .argument('<file>', 'a .json file written by export-notes --format json')
    .action(async (file: string) => {
      const ctx = context();
      await withLibrary(ctx, async ({ library }) => {
        const { importNotes } = await import('../../library/export/notes-import');
        const result = importNotes(library, readImportFile(file), path.basename(file));
        if (ctx.options.json) return ctx.out.json(result);
        const { exact, fuzzy, orphan } = result.reanchored;
        ctx.out.line(
          `Imported ${plural(result.added, 'note')} from ${file} (${exact} exact, ${fuzzy} fuzzy, ${orphan} orphaned); ${result.alreadyPresent} already in the library`
        );
        for (const u of result.unmatched)
          ctx.out.warn(`import-notes: no briefing in the library matches "${u.briefing}"; skipped ${plural(u.annotations, 'note')}`);
      });
    });
}
