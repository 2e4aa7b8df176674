/**
 * Files handed to the app by the system — a double-click on an associated file (electron-builder's
 * file associations), "Open with", or a second launch with files on its command line: which
 * arguments are such files, as absolute paths, so that the running instance can import them.
 */
import path from 'node:path';
import { isDeepLink } from './deep-link';

/** The extensions the installers associate with the app (electron-builder.yml). */
export const LAUNCH_FILE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

/**
 * The briefing files among a launch's arguments, resolved against the directory that launch was
 * started in; switches (`--flag`), deep links and the executable's own path are not files.
 *
 * @example launchFiles(['/usr/bin/briefing-reader', '--no-sandbox', 'notes/a.txt'], '/home/ana') // ['/home/ana/notes/a.txt']
 */
export function launchFiles(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && !isDeepLink(arg))
    .filter((arg) => (LAUNCH_FILE_EXTENSIONS as readonly string[]).includes(path.extname(arg).toLowerCase()))
    .map((arg) => path.resolve(workingDirectory, arg));
}
