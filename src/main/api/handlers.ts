/**
 * The implementation of the contract on top of the library core. Used by the Electron main
 * process and by the browser-mode server alike; each domain contributes its own handlers.
 */
import type { Handlers } from '../../shared/contract';
import type { Library } from '../library/library';
import type { SearchService } from '../library/search/service';
import { annotationHandlers } from './annotation-handlers';
import { citationHandlers } from './citation-handlers';
import { factHandlers } from './fact-handlers';
import { libraryHandlers } from './library-handlers';
import { searchHandlers } from './search-handlers';

export interface HandlerContext {
  library: Library;
  version: string;
  /** Tells every window that the library changed (a new import, a deletion). */
  notifyLibraryChanged(): void;
  /**
   * Opens an http(s) link in the system browser and says whether it did. Electron provides it;
   * browser mode leaves it out, so the page opens the link in a new tab itself.
   */
  openExternal?(url: string): Promise<boolean>;
  /** Library-wide search; defaults to the service `openLibrary` opened with `library`. */
  search?: SearchService;
}

export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...libraryHandlers(context),
    ...searchHandlers(context),
    ...annotationHandlers(context),
    ...citationHandlers(context),
    ...factHandlers(context)
  };
}
