/**
 * The library behind the desktop app: opened in the shared data folder with the Electron build of
 * better-sqlite3 and its search on a worker thread (so a query never blocks the main process),
 * seeded with the bundled briefings on first run, and wrapped in the contract's handlers.
 * Electron-free, so first-run seeding is tested against a real SQLite file.
 */
import type { AppEvent, Handlers } from '../../shared/contract';
import { createHandlers } from '../api/handlers';
import type { ImportOutcome } from '../../shared/types';
import { bundledBriefingFiles } from '../library/bundled';
import { prepareCitationStylesWhenIdle } from '../library/cite/service';
import { describeError } from '../library/errors';
import { openLibrary } from '../library/open';

export interface LibraryServiceOptions {
  dataDir: string;
  /** Folder of the briefings (*.txt) imported into a new library. */
  briefingsDir: string;
  /** better-sqlite3 built for Electron, when Node's build cannot be loaded. */
  nativeBinding?: string;
  /** The search worker's script, when it is not the bundle beside the app's own (tests run from source). */
  workerScript?: string;
  /** The parse worker's script, likewise. */
  parseWorkerScript?: string;
  version: string;
  /** Delivers an event to the page. */
  notify(event: AppEvent): void;
  /** Opens a link in the system browser once the user agrees; see `HandlerContext.openExternal`. */
  openExternal(url: string): Promise<boolean>;
}

export interface LibraryService {
  handlers: Handlers;
  /** Why the bundled briefings could not be imported on first run, if they could not. */
  seedError?: string;
  /** Builds the citation processors in the background; call once the window is shown. */
  prepareCitations(): void;
  /** Imports files the system handed to the app, and tells the page the library changed. */
  importPaths(paths: readonly string[]): Promise<ImportOutcome[]>;
  close(): void;
}

/**
 * Opens the library and, the first time only, imports the bundled briefings so the app opens on
 * one. A briefing the user later deletes stays deleted: seeding is recorded in the library.
 */
export async function startLibraryService({
  dataDir,
  briefingsDir,
  nativeBinding,
  workerScript,
  parseWorkerScript,
  version,
  notify,
  openExternal
}: LibraryServiceOptions): Promise<LibraryService> {
  // Searches and parsing run on worker threads, so that neither ever blocks the window.
  const services = openLibrary(dataDir, {
    search: 'worker',
    parsing: 'worker',
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(workerScript ? { workerScript } : {}),
    ...(parseWorkerScript ? { parseWorkerScript } : {})
  });
  let seedError: string | undefined;
  try {
    await services.library.seedOnce(bundledBriefingFiles(briefingsDir));
  } catch (error) {
    seedError = describeError(error);
  }
  const handlers = createHandlers({
    library: services.library,
    version,
    notifyLibraryChanged: () => notify({ type: 'library-changed' }),
    openExternal
  });
  const prepareCitations = () =>
    prepareCitationStylesWhenIdle(services.library, (error) => console.error(`Citation styles could not be prepared ahead of use: ${describeError(error)}`));
  const importPaths = async (paths: readonly string[]) => {
    const outcomes = await services.library.importFiles(paths);
    if (outcomes.some((outcome) => 'id' in outcome)) notify({ type: 'library-changed' });
    return outcomes;
  };
  return { handlers, ...(seedError ? { seedError } : {}), prepareCitations, importPaths, close: services.close };
}
