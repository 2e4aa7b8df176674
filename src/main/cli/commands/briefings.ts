/** `briefing import|list|show|delete`: managing the briefings in a library. */
import type { Command } from 'commander';
import type { BriefingSort } from '../../library/store/briefings';
import { withLibrary, type CommandContext } from '../context';
import { CliError, ReportedFailure, table } from '../output';
import { runEditionUpdate } from './annotations';
import type { ImportOutcome } from '../../../shared/types';
import { collectImportFiles, type CollectedFile } from '../../library/import/collect-files';

const SORTS: BriefingSort[] = ['title', 'year', 'imported', 'opened', 'type'];

export function registerBriefingCommands(program: Command, context: () => CommandContext): void {
  program
    .command('import')
    .description('import briefing files into the library')
    .argument('<files...>', 'briefing files (PDF, text, Markdown, saved web pages) or folders, read recursively')
    .option('--update <id>', 'replace the text of briefing ID with this file (a new edition), re-anchoring its annotations')
    .action(async (files: string[], options: { update?: string }) => {
      const ctx = context();
      if (options.update !== undefined) return runEditionUpdate(ctx, files, options.update);
      await withLibrary(ctx, async ({ library }) => {
        const collected = collectImportFiles(files);
        if (collected.every((c) => 'skipped' in c)) {
          for (const c of collected) ctx.out.warn(`Skipped ${c.file}: ${'skipped' in c ? c.skipped : ''}`);
          const named = files.map((f) => JSON.stringify(f)).join(', ');
          throw new CliError(`Import: nothing to import in ${named}: no PDF, text, Markdown or web page files`);
        }
        const imported = await library.importFiles(collected.flatMap((c) => ('skipped' in c ? [] : [c.file])));
        const outcomes = collected.map((c) => ('skipped' in c ? c : imported.shift()!));
        if (ctx.options.json) {
          ctx.out.json(outcomes.map(importJson));
        } else {
          for (const o of outcomes) {
            if ('skipped' in o) ctx.out.line(`Skipped ${o.file}: ${o.skipped}`);
            else if ('id' in o) ctx.out.line(`Imported ${o.file} as ${o.id}: "${o.title}" (${o.sections} sections, ${o.blocks} blocks)`);
          }
        }
        for (const o of outcomes) {
          if ('error' in o) ctx.out.warn(o.error);
          else if ('id' in o) for (const warning of o.warnings) ctx.out.warn(`Import: ${JSON.stringify(o.file)}: ${warning}`);
        }
        if (outcomes.some((o) => 'error' in o)) throw new ReportedFailure(1);
      });
    });

  program
    .command('list')
    .description('list the briefings in the library')
    .option('--sort <key>', `order by ${SORTS.join(', ')}`, 'title')
    .action(async (options: { sort: string }) => {
      const ctx = context();
      if (!SORTS.includes(options.sort as BriefingSort)) throw new CliError(`list: --sort must be one of ${SORTS.join(', ')}, not "${options.sort}"`, 2);
      await withLibrary(ctx, ({ library }) => {
        const briefings = library.list(options.sort as BriefingSort);
        if (ctx.options.json) {
          ctx.out.json(
            briefings.map((b) => ({
              id: b.id,
              title: b.title,
              type: b.documentType,
              year: b.year,
              sections: b.sections,
              blocks: b.blocks,
              progress: b.progress
            }))
          );
          return;
        }
        if (briefings.length === 0) return ctx.out.line('The library is empty. Add a briefing with: briefing import FILE');
        for (const line of table([
          ['ID', 'YEAR', 'TYPE', 'SECTIONS', 'TITLE'],
          ...briefings.map((b) => [b.id, String(b.year ?? ''), b.documentType, String(b.sections), b.title])
        ]))
          ctx.out.line(line);
      });
    });

  program
    .command('show')
    .description('show a briefing: metadata, sections, blocks, figures and references')
    .argument('<id>', 'briefing id (or an unambiguous prefix)')
    .action(async (id: string) => {
      const ctx = context();
      await withLibrary(ctx, ({ library }) => {
        const doc = library.get(id);
        if (ctx.options.json) {
          ctx.out.json({
            id: doc.id,
            title: doc.metadata.title,
            metadata: doc.metadata,
            inThisBriefing: doc.inThisBriefing,
            sections: doc.sections.map((s) => ({ id: s.id, title: s.title, level: s.level, parentId: s.parentId, kind: s.kind, page: s.page })),
            blocks: doc.blocks.map((b) => ({
              id: b.id,
              sectionId: b.sectionId,
              kind: b.kind,
              text: b.text,
              page: b.page,
              links: b.spans.flatMap((s) => (s.kind === 'link' ? [{ start: s.start, end: s.end, text: b.text.slice(s.start, s.end), href: s.href }] : []))
            })),
            figures: doc.figures.map((f) => ({ number: f.number, caption: f.caption, source: f.source })),
            references: doc.references.map((r) => ({ text: r.text, authors: r.authors, title: r.title, publisher: r.publisher, year: r.year })),
            notes: doc.notes,
            warnings: doc.warnings
          });
          return;
        }
        const m = doc.metadata;
        ctx.out.line(m.title);
        ctx.out.line(`${m.documentType}${m.year ? `, ${m.year}` : ''}${m.publisher ? ` · ${m.publisher}` : ''} · id ${doc.id}`);
        ctx.out.line();
        for (const s of doc.sections) {
          const paragraphs = doc.blocks.filter((b) => b.sectionId === s.id).length;
          ctx.out.line(`${'  '.repeat(s.level - 1)}${s.title}  (${paragraphs} blocks, section ${s.id})`);
        }
        if (doc.figures.length > 0) {
          ctx.out.line();
          for (const f of doc.figures) ctx.out.line(`Figure ${f.number} – ${f.caption}${f.source ? ` (source: ${f.source})` : ''}`);
        }
        if (doc.references.length > 0) {
          ctx.out.line();
          ctx.out.line('References');
          for (const r of doc.references) ctx.out.line(`  ${r.text}`);
        }
      });
    });

  program
    .command('delete')
    .description('delete a briefing and its annotations from the library')
    .argument('<id>', 'briefing id (or an unambiguous prefix)')
    .action(async (id: string) => {
      const ctx = context();
      await withLibrary(ctx, ({ library }) => {
        const doc = library.get(id);
        library.delete(doc.id);
        if (ctx.options.json) ctx.out.json({ id: doc.id, deleted: true });
        else ctx.out.line(`Deleted ${doc.id}: "${doc.metadata.title}"`);
      });
    });
}

/** One file's line of `import --json`: what it became, why it was skipped, or what went wrong. */
function importJson(o: ImportOutcome | Extract<CollectedFile, { skipped: string }>) {
  if ('skipped' in o) return { file: o.file, skipped: true, reason: o.skipped };
  if ('error' in o) return o.duplicateOf ? { file: o.file, error: o.error, duplicateOf: o.duplicateOf } : { file: o.file, error: o.error };
  return { file: o.file, id: o.id, title: o.title, sections: o.sections, blocks: o.blocks };
}
