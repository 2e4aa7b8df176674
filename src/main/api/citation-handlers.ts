/** Handlers for the citation methods of the contract (src/shared/contract/citations.ts). */
import type { Handlers } from '../../shared/contract';
import { briefingReference, cite, listCitationStyles } from '../library/cite/service';
import type { HandlerContext } from './handlers';

type CitationHandlers = Pick<Handlers, 'citationStyles' | 'cite' | 'exportReference' | 'updateMetadata'>;

export function citationHandlers({ library, notifyLibraryChanged }: HandlerContext): CitationHandlers {
  return {
    citationStyles: () => listCitationStyles(library),
    // A style picked in the app is the user's choice: remember it for the next copy.
    cite: (request) => cite(library, request, { remember: true }),
    exportReference: ({ briefingId, format }) => briefingReference(library, briefingId, format),
    updateMetadata: ({ id, patch }) => {
      const metadata = library.updateMetadata(id, patch);
      notifyLibraryChanged();
      return metadata;
    }
  };
}
