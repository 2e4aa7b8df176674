/** Handlers for the citation and notes-export methods of the contract (src/shared/contract/citations.ts). */
import type { Handlers } from '../../shared/contract';
import { briefingReference, cite, listCitationStyles, rememberStyle } from '../library/cite/service';
import { exportNotes } from '../library/export/notes-export';
import { importNotes } from '../library/export/notes-import';
import type { HandlerContext } from './handlers';

type CitationHandlers = Pick<Handlers, 'citationStyles' | 'cite' | 'exportReference' | 'updateMetadata' | 'exportNotes' | 'importNotes'>;

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
    },
    // A style chosen in the export dialog is remembered like one chosen for a citation.
    exportNotes: async (options) => {
      const { bytes, ...file } = await exportNotes(library, options);
      if (options.style) rememberStyle(library, options.style);
      return { ...file, base64: Buffer.from(bytes).toString('base64') };
    },
    importNotes: ({ file }) => {
      const result = importNotes(library, Buffer.from(file.data, 'base64'), file.name);
      if (result.added > 0) notifyLibraryChanged();
      return result;
    }
  };
}
