/**
 * How the CLI speaks: results on stdout (readable text, or JSON with --json), problems on stderr
 * as one line each, and exit codes that scripts can test (0 ok, 1 failed, 2 wrong usage).
 */
export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message);
  }
}

/**
 * Thrown by a command that has already reported its problems on stderr (say, two of five files
 * would not import): runCli prints nothing more and returns `exitCode`. Commands never set
 * process.exitCode themselves, so that runCli can be called again in the same process.
 */
export class ReportedFailure extends Error {
  constructor(readonly exitCode: 1 | 2 = 1) {
    super('the command has reported its problems');
  }
}

export interface Output {
  json(value: unknown): void;
  line(text?: string): void;
  warn(text: string): void;
}

export function createOutput(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Output {
  return {
    json: (value) => stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    line: (text = '') => stdout.write(`${text}\n`),
    warn: (text) => stderr.write(`${text}\n`)
  };
}

/** Pads cells to aligned columns for readable tables. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  );
}
