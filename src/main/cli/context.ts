/** What every command gets: the parsed global options, the library, and the output. */
import { defaultDataDir } from '../library/data-dir';
import type { LibraryServices } from '../library/open';
import type { GlobalOptions, Output } from './output';

export interface CommandContext {
  options: GlobalOptions;
  out: Output;
}

/** Opens the library named by --data-dir (or the app's default), runs `body`, always closes it. */
export async function withLibrary<T>(context: CommandContext, body: (services: LibraryServices) => T | Promise<T>): Promise<T> {
  // Loaded here, not at the top: `briefing --help` and usage errors never pay for the library.
  const { openLibrary } = await import('../library/open');
  const services = openLibrary(context.options.dataDir ?? defaultDataDir());
  try {
    // A library last opened before facts existed gets them first (once), so `facts` lists them all.
    await services.ready;
    return await body(services);
  } finally {
    services.close();
  }
}
