/**
 * The `briefing` command line: the library core, scriptable. Every command takes --data-dir and
 * --json; without --data-dir it uses the same library as the desktop app.
 */
import { Command, CommanderError } from 'commander';
import { describeError } from '../library/errors';
import { registerAnnotationCommands } from './commands/annotations';
import { registerBriefingCommands } from './commands/briefings';
import { registerCiteCommands } from './commands/cite';
import { registerExportCommands } from './commands/export';
import { registerFactsCommands } from './commands/facts';
import { registerMaintainCommands } from './commands/maintain';
import { registerMetaCommands } from './commands/meta';
import { registerSearchCommands } from './commands/search';
import type { CommandContext } from './context';
import { CliError, createOutput, ReportedFailure, type GlobalOptions, type Output } from './output';

export function buildProgram(out: Output): Command {
  const program = new Command('briefing');
  program
    .description('Briefing Reader from the command line: import, list, show, search, annotate, cite, export, and list facts and figures.')
    .option('--data-dir <dir>', "library folder (default: the desktop app's library)")
    .option('--json', 'print results as JSON')
    .showHelpAfterError('(run briefing --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  const context = (): CommandContext => ({ options: program.opts<GlobalOptions>(), out });
  registerBriefingCommands(program, context);
  registerAnnotationCommands(program, context);
  registerMetaCommands(program, context);
  registerCiteCommands(program, context);
  registerExportCommands(program, context);
  registerSearchCommands(program, context);
  registerFactsCommands(program, context);
  registerMaintainCommands(program, context);
  for (const command of program.commands) {
    command.option('--data-dir <dir>', 'library folder').option('--json', 'print results as JSON');
    command.hook('preAction', (_this, action) => {
      // Options given after the command name count as global ones.
      const local = action.opts<GlobalOptions>();
      if (local.dataDir) program.setOptionValue('dataDir', local.dataDir);
      if (local.json) program.setOptionValue('json', true);
    });
    command.exitOverride();
  }
  return program;
}

/**
 * Runs the CLI; resolves to the process exit code. It never touches process.exitCode: only the
 * executable's entry point (index.ts) sets it, so in-process callers can run it many times.
 */
export async function runCli(argv: string[], out: Output = createOutput()): Promise<number> {
  const program = buildProgram(out);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof ReportedFailure) return error.exitCode;
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof CliError) {
      out.warn(error.message);
      return error.exitCode;
    }
    out.warn(describeError(error));
    return 1;
  }
}
