/** Handlers for the library methods of the contract (src/shared/contract/library.ts). */
import type { Handlers } from '../../shared/contract';
import type { ImportOutcome } from '../../shared/types';
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
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        try {
          outcomes.push(await library.importBytes(Buffer.from(file.data, 'base64'), file.name));
        } catch (error) {
          outcomes.push({ file: file.name, error: error instanceof Error ? error.message : String(error) });
        }
      }
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
    openExternal: async ({ url }) => ({ opened: openExternal ? await openExternal(url) : false })
  };
}
