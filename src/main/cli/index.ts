/** Entry point of the `briefing` executable (bundled to out/cli/briefing.mjs). */
import { runCli } from './program';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefing: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
