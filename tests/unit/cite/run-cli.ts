/** `briefing ARGS --data-dir DIR`, run in-process: what it printed on stdout and stderr, and its exit code. */
import type { Output } from '../../../src/main/cli/output';
import { runCli } from '../../../src/main/cli/program';

export async function briefingCli(dataDir: string, ...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out: Output = { json: (v) => stdout.push(JSON.stringify(v)), line: (t = '') => stdout.push(t), warn: (t) => stderr.push(t) };
  const code = await runCli([...args, '--data-dir', dataDir], out);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
