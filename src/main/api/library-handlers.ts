/** Handlers for the library methods of the contract (src/shared/contract/library.ts). */
import type { Handlers } from '../../shared/contract';
import { maintainLibrary } from '../library/maintain';
import type { HandlerContext } from './handlers';

type LibraryHandlers = Pick<
  Handlers,
  | 'appInfo'
  | 'listBriefings'
  | 'getBriefing'
  | 'importFiles'
  | 'deleteBriefing'
  | 'markOpened'
  | 'getReadingPosition'
  | 'saveReadingPosition'
  | 'getSettings'
  | 'getOriginalFile'
  | 'saveSettings'
  | 'openExternal'
  | 'maintainLibrary'
>;

export function libraryHandlers({ library, version, notifyLibraryChanged, openExternal }: HandlerContext): LibraryHandlers {
  return {
    appInfo: () => ({ version, dataDir: library.dataDir, linksOpenInSystemBrowser: openExternal !== undefined }),
    listBriefings: ({ sort }) => library.list(sort),
    getBriefing: ({ id }) => library.get(id),
    getOriginalFile: ({ id }) => {
      const file = library.originalFile(id);
      return { name: file.name, mediaType: file.mediaType, data: Buffer.from(file.bytes).toString('base64') };
    },
    importFiles: async ({ files }) => {
      // One batch: one index update and one durable commit for the call, each file still its own outcome.
      const outcomes = await library.importUploads(files.map((file) => ({ name: file.name, bytes: Buffer.from(file.data, 'base64') })));
      if (outcomes.some((o) => 'id' in o)) notifyLibraryChanged();
      return outcomes;
    },
    deleteBriefing: ({ id }) => {
      library.delete(id);
      notifyLibraryChanged();
    },
    markOpened: ({ id }) => library.markOpened(id),
    getReadingPosition: ({ id }) => library.readingPosition(id),
    saveReadingPosition: ({ id, position, progress }) => library.saveReadingPosition(id, position, progress),
    getSettings: () => library.settings(),
    saveSettings: ({ values }) => library.saveSettings(values),
    openExternal: async ({ url }) => ({ opened: openExternal ? await openExternal(url) : false }),
    // The command line's `briefing maintain` runs the same function. Every search reloads the
    // compacted vocabulary by itself (it checks the index's build id), so no one needs telling.
    maintainLibrary: () => maintainLibrary(library.db)
  };
}
