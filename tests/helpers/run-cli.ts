/**
 * The `briefing` command run in-process, as a user types it: what it printed on stdout and on
 * stderr — through the CLI's real output, so JSON is indented as users see it, and with
 * commander's own usage errors, which go straight to process.stderr — and its exit code.
 */
import { vi } from 'vitest';
import { createOutput } from '../../src/main/cli/output';
import { runCli } from '../../src/main/cli/program';

export interface CliRun {
  code: number;
  /** Everything printed on stdout, without the last newline. */
  stdout: string;
  /** Everything printed on stderr, without the last newline ('' when nothing). */
  stderr: string;
  json<T = unknown>(): T;
}

/** Runs `briefing ...args`. */
export async function runBriefing(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stream = (write: (text: string) => void) => ({ write: (chunk: unknown) => (write(String(chunk)), true) }) as unknown as NodeJS.WritableStream;
  const out = createOutput(
    stream((text) => (stdout += text)),
    stream((text) => (stderr += text))
  );
  const direct = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await runCli(args, out);
    const printed = stdout.replace(/\n$/, '');
    return { code, stdout: printed, stderr: stderr.replace(/\n$/, ''), json: <T>() => JSON.parse(printed) as T };
  } finally {
    direct.mockRestore();
  }
}

/** Runs `briefing ...args --data-dir dataDir`. */
export function briefingCli(dataDir: string, ...args: string[]): Promise<CliRun> {
  return runBriefing(...args, '--data-dir', dataDir);
}
