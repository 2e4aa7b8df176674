/**
 * Errors the library reports to users. Each carries a one-line message that names the component,
 * the thing and the problem ("Import: "notes.pdf" is empty"), so that the CLI can print it as is
 * and the UI can show it without a stack trace.
 */
export class LibraryError extends Error {
  constructor(
    message: string,
    /** A stable machine-readable reason, for tests and callers that branch on it. */
    readonly code: LibraryErrorCode
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export type LibraryErrorCode = 'not-found' | 'invalid-input' | 'unreadable-file' | 'duplicate' | 'too-large' | 'ambiguous' | 'conflict';

/** The message to show for any thrown value, without a stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
