/**
 * Opens a library together with everything that must stay in step with it. Every entry point —
 * the Electron app, the browser mode, the CLI, the tests — opens the library through here, so an
 * import from any of them updates the same derived data in the same transaction.
 */
import { backfillFacts, createFactsObserver } from './facts/observer';
import { WorkerParser } from './import/worker-parser';
import { Library, type LibraryOptions } from './library';
import { createSearchObserver } from './search/observer';
import { initialiseEmptyIndex } from './search/rebuild';
import { attachSearchService, InProcessSearchService, type SearchService } from './search/service';
import { WorkerSearchService } from './search/worker-service';

export interface LibraryServices {
  library: Library;
  /** Library-wide search; see search/service.ts. */
  search: SearchService;
  /**
   * Settles when the library's upgrade work is done: the facts of briefings imported before facts
   * existed (see `backfillFacts`). It runs in steps after opening; what reads facts waits for it.
   */
  ready: Promise<void>;
  close(): void;
}

export interface OpenLibraryOptions extends LibraryOptions {
  /**
   * Where searches run: on the caller's thread (`in-process`, the default: CLI and tests) or in a
   * worker thread with its own read-only connection (`worker`: Electron main and browser mode, so
   * that a query never blocks the process that serves the UI).
   */
  search?: 'in-process' | 'worker';
  /** The search worker's script, when running from source (see `resolveWorkerScript`). */
  workerScript?: string;
  /**
   * Where imported files are parsed: on the caller's thread (the default) or on a worker thread
   * (`worker`: Electron main and browser mode, so that a long PDF never blocks the window).
   */
  parsing?: 'in-process' | 'worker';
  /** The parse worker's script, when running from source (see `resolveParseWorkerScript`). */
  parseWorkerScript?: string;
}

/** The pause between two briefings' facts in an older library's upgrade, when a worker shares the database. */
const BACKFILL_GAP_MS = 20;

export function openLibrary(dataDir: string, options: OpenLibraryOptions = {}): LibraryServices {
  const parser = options.parsing === 'worker' ? new WorkerParser(options.parseWorkerScript) : undefined;
  const library = Library.open(dataDir, parser ? { ...options, parseFile: parser.parse } : options);
  if (!options.readonly) initialiseEmptyIndex(library.db);
  const search: SearchService =
    options.search === 'worker'
      ? new WorkerSearchService({
          dataDir,
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.workerScript ? { workerScript: options.workerScript } : {})
        })
      : new InProcessSearchService(library.db);
  library.observe(createSearchObserver(() => search.notifyChanged()));
  library.observe(createFactsObserver());
  attachSearchService(library, search);
  // Never rejects: a briefing whose facts could not be extracted is tried again at the next opening.
  // With the search worker writing its index from its own connection, each step leaves it a moment.
  const pause = options.search === 'worker' ? () => new Promise<void>((resolve) => setTimeout(resolve, BACKFILL_GAP_MS)) : undefined;
  const ready = options.readonly ? Promise.resolve() : backfillFacts(library, pause).catch(() => undefined);
  return {
    library,
    search,
    ready,
    close: () => {
      void search.close();
      void parser?.close();
      library.close();
    }
  };
}
