/** Handlers for the search methods of the contract (src/shared/contract/search.ts). PLACEHOLDER until the engine lands. */
import type { Handlers } from '../../shared/contract';
import { LibraryError } from '../library/errors';
import type { HandlerContext } from './handlers';

export function searchHandlers(_context: HandlerContext): Pick<Handlers, 'search' | 'suggest'> {
  const unavailable = () => {
    throw new LibraryError('Search: the search index is not available yet', 'conflict');
  };
  return { search: unavailable, suggest: unavailable };
}
