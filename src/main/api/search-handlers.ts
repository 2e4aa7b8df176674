/**
 * Handlers for the search methods of the contract (src/shared/contract/search.ts). They call the
 * search service opened with the library (`openLibrary`): in Electron and browser mode a worker
 * thread, so a query never blocks the process that serves the UI.
 */
import type { Handlers } from '../../shared/contract';
import { InProcessSearchService, searchServiceOf, type SearchService } from '../library/search/service';
import type { HandlerContext } from './handlers';

export function searchHandlers(context: HandlerContext): Pick<Handlers, 'search' | 'suggest'> {
  let fallback: SearchService | undefined;
  // A library opened without `openLibrary` (which attaches a service) gets one on its connection.
  const service = () => context.search ?? searchServiceOf(context.library) ?? (fallback ??= new InProcessSearchService(context.library.db));
  return {
    search: (request) => service().search(request),
    suggest: ({ query, limit }) => service().suggest(query, limit)
  };
}
