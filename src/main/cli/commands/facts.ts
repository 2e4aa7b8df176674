/**
 * `briefing facts [ID]`: the statistics of one briefing or of the library, filtered by measure,
 * entity and year; `--flags` lists the consistency flags instead; `--format csv` writes the facts as
 * a spreadsheet (UTF-8 with a byte-order mark) with a citation and a deep link per row.
 */
import type { Command } from 'commander';
import type { Fact, FactFilters, FactInContext } from '../../../shared/contract/facts';
import { formatFigure, formatPeriod } from '../../../shared/facts-format';
import { withLibrary, type CommandContext } from '../context';
import { CliError, table } from '../output';

interface FactsOptions {
  measure?: string;
  entity?: string;
  year?: string;
  unit?: string;
  flags?: boolean;
  all?: boolean;
  format?: string;
}

export function registerFactsCommands(program: Command, context: () => CommandContext): void {
  program
    .command('facts')
    .description('statistics found in the briefings (value, unit, measure, entity, period), or their consistency flags')
    .argument('[id]', 'only this briefing (an unambiguous id prefix is enough)')
    .option('--measure <text>', 'only facts whose measure contains this text, e.g. cocaine')
    .option('--entity <text>', 'only facts about this place or body, e.g. Ecuador')
    .option('--year <yyyy>', 'only facts whose period includes this year')
    .option('--unit <text>', 'only facts in this unit, e.g. tonnes, percent, EUR')
    .option('--flags', 'list consistency flags (conflict, period-mismatch, suspicious-unit, corroborated) instead')
    .option('--all', 'with --flags: include flags you dismissed')
    .option('--format <format>', 'csv or json: the facts as a file on stdout, with citation and link per row')
    .action(async (id: string | undefined, options: FactsOptions) => {
      const ctx = context();
      // Loaded when the command runs: the facts service brings the NLP and citation libraries.
      const { exportFacts, listFacts, listFlags } = await import('../../library/facts/service');
      await withLibrary(ctx, ({ library }) => {
        const briefingId = id === undefined ? undefined : library.resolveId(id);
        if (options.flags) {
          const flags = listFlags(library, { briefingId, includeDismissed: options.all });
          if (ctx.options.json) {
            ctx.out.json(flags.map(({ kind, factIds, note }) => ({ kind, factIds, note })));
            return;
          }
          if (flags.length === 0) ctx.out.line('No consistency flags.');
          for (const flag of flags) ctx.out.line(`${flag.kind.padEnd(16)} facts ${flag.factIds.join(', ')} — ${flag.note}`);
          return;
        }
        const filters = parseFilters(options, briefingId);
        if (options.format !== undefined) {
          if (options.format !== 'csv' && options.format !== 'json') throw new CliError(`facts: --format must be csv or json, not "${options.format}"`, 2);
          const file = exportFacts(library, filters, options.format);
          ctx.out.line(
            Buffer.from(file.base64, 'base64')
              .toString('utf8')
              .replace(/\r?\n$/, '')
          );
          return;
        }
        const facts = listFacts(library, filters);
        if (ctx.options.json) {
          ctx.out.json(facts.map(factJson));
          return;
        }
        if (facts.length === 0) {
          ctx.out.line('No facts match.');
          return;
        }
        const rows = facts.map((f) => [String(f.id), formatFigure(f), f.measure ?? '', f.entity ?? '', formatPeriod(f.period), f.briefingId]);
        for (const line of table([['ID', 'FIGURE', 'MEASURE', 'ENTITY', 'PERIOD', 'BRIEFING'], ...rows])) ctx.out.line(line);
      });
    });
}

function parseFilters(options: FactsOptions, briefingId: string | undefined): FactFilters {
  const filters: FactFilters = {};
  if (briefingId) filters.briefingId = briefingId;
  if (options.measure?.trim()) filters.measure = options.measure.trim();
  if (options.entity?.trim()) filters.entity = options.entity.trim();
  if (options.unit?.trim()) filters.unit = options.unit.trim();
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year.trim())) throw new CliError(`facts: --year must be a four-digit year such as 2021, not "${options.year}"`, 2);
    filters.year = Number(options.year.trim());
  }
  return filters;
}

/** Exactly the fields of the documented `--json` output, in its order. */
function factJson(f: FactInContext): Fact {
  return {
    id: f.id,
    briefingId: f.briefingId,
    sectionId: f.sectionId,
    blockId: f.blockId,
    text: f.text,
    value: f.value,
    valueTo: f.valueTo,
    unit: f.unit,
    scale: f.scale,
    measure: f.measure,
    entity: f.entity,
    period: f.period,
    qualifier: f.qualifier
  };
}
