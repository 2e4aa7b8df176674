/**
 * Opens a library together with everything that must stay in step with it. Every entry point —
 * the Electron app, the browser mode, the CLI, the tests — opens the library through here, so an
 * import from any of them updates the same derived data in the same transaction.
 */
import { Library, type LibraryOptions } from './library';

export interface LibraryServices {
  library: Library;
  close(): void;
}

export function openLibrary(dataDir: string, options: LibraryOptions = {}): LibraryServices {
  const library = Library.open(dataDir, options);
  return {
    library,
    close: () => library.close()
  };
}
