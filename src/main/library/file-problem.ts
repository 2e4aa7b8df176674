/**
 * What went wrong with a file the user named, in words: the operating system's error codes
 * (ENOENT, ELOOP, EACCES…) turned into the end of a one-line message such as
 * `Import: "/tmp/a.txt" is a symbolic link that loops back on itself`. Callers put the path, as
 * the user gave it, in front.
 */

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'does not exist (a part of its path is a file, not a folder)',
  ELOOP: 'is a symbolic link that loops back on itself',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (operation not permitted)',
  EISDIR: 'is a directory, not a file',
  ENAMETOOLONG: 'has a name too long for the system'
};

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: 'cannot be written (its folder does not exist)',
  ENOTDIR: 'cannot be written (a part of its path is a file, not a folder)',
  ELOOP: 'cannot be written (a symbolic link in its path loops back on itself)',
  EACCES: 'cannot be written (permission denied)',
  EPERM: 'cannot be written (operation not permitted)',
  EISDIR: 'cannot be written (it is a directory)',
  EROFS: 'cannot be written (the disk is read-only)',
  ENOSPC: 'cannot be written (the disk is full)',
  ENAMETOOLONG: 'has a name too long for the system'
};

/** The error code of a failed file-system call, if it has one. */
function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Why reading (or looking up) a file failed: "does not exist", "cannot be read (permission denied)"… */
export function readProblem(error: unknown): string {
  const code = errorCode(error);
  return (code && READ_PROBLEMS[code]) ?? `cannot be read (${code ?? String(error)})`;
}

/** Why writing a file failed: "cannot be written (permission denied)"… */
export function writeProblem(error: unknown): string {
  const code = errorCode(error);
  return (code && WRITE_PROBLEMS[code]) ?? `cannot be written (${code ?? String(error)})`;
}
