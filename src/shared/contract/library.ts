/**
 * Contract methods for the library itself: listing, reading, importing and deleting briefings,
 * settings, reading positions and maintenance.
 */
import { z } from 'zod';
import type { BriefingDocument, BriefingSummary, ImportOutcome, ReadingPosition } from '../types';
import { MAX_UPLOAD_BASE64_CHARS } from '../limits';
import { method } from './define';
import { UserSettings } from './settings';

export const BriefingId = z.string().min(1).max(64);
export const BriefingSort = z.enum(['title', 'year', 'imported', 'opened', 'type']);

/** A file picked in the UI, sent as base64 so that the same call works over IPC and HTTP. */
export const UploadedFile = z.object({
  name: z.string().min(1).max(260),
  /** Base64 of the file's bytes. */
  data: z.string().max(MAX_UPLOAD_BASE64_CHARS, 'the file is larger than the import limit')
});

/** Several files in one call, together no larger than one largest file (see src/shared/limits.ts). */
const UploadedFiles = z
  .array(UploadedFile)
  .min(1)
  .max(100)
  .refine(
    (files) => files.reduce((sum, file) => sum + file.data.length, 0) <= MAX_UPLOAD_BASE64_CHARS,
    'the files together are larger than one call may carry: send them in several calls'
  );

export interface AppInfo {
  version: string;
  dataDir: string;
  /**
   * True when `openExternal` itself asks the user and opens the system browser (Electron), so the
   * page must not ask again; false in browser mode, where the page asks and opens a new tab.
   */
  linksOpenInSystemBrowser: boolean;
}

/** What library maintenance did (src/main/library/maintain.ts); `briefing maintain --json` prints it as is. */
export interface MaintenanceReport {
  /** Search terms no briefing uses any more, removed from the index. */
  removedTerms: number;
  /** The database's size before and after, in bytes (its pages, whether in the file or the WAL). */
  bytesBefore: number;
  bytesAfter: number;
}

/** A link from a briefing to open outside the app; http and https only. */
export const ExternalUrl = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value), 'only http and https links can be opened');

export const libraryMethods = {
  appInfo: method<AppInfo>()(z.object({})),
  listBriefings: method<BriefingSummary[]>()(z.object({ sort: BriefingSort.optional() })),
  getBriefing: method<BriefingDocument>()(z.object({ id: BriefingId })),
  /**
   * The original file of a briefing imported from a PDF, as base64 (files cross the boundary so on
   * both transports), for the reader's "Original" page view. A briefing without one is an error.
   */
  getOriginalFile: method<{ name: string; mediaType: string; data: string }>()(z.object({ id: BriefingId })),
  importFiles: method<ImportOutcome[]>()(z.object({ files: UploadedFiles })),
  deleteBriefing: method<void>()(z.object({ id: BriefingId })),
  markOpened: method<void>()(z.object({ id: BriefingId })),
  getReadingPosition: method<ReadingPosition | null>()(z.object({ id: BriefingId })),
  /** `progress`: the share of the body read at this position (the bottom of the view), 0..1; the furthest is kept. */
  saveReadingPosition: method<void>()(
    z.object({
      id: BriefingId,
      position: z.object({ blockId: z.number().int().nullable(), within: z.number().min(0).max(1) }),
      progress: z.number().min(0).max(1).optional()
    })
  ),
  getSettings: method<Record<string, unknown>>()(z.object({})),
  /** Only the settings the page owns, each checked for type and size (./settings.ts). */
  saveSettings: method<void>()(z.object({ values: UserSettings })),
  /**
   * Opens a link in the system browser once the user confirms (Electron); `opened` is false when
   * they decline. Browser mode answers `{ opened: false }`: there the page asks and opens a new tab
   * itself (see `AppInfo.linksOpenInSystemBrowser`).
   */
  openExternal: method<{ opened: boolean }>()(z.object({ url: ExternalUrl })),
  /**
   * Compacts the library after many deletions — unused search terms removed, the file rewritten
   * without its free pages — and says what that won. Changes no briefing, note or setting.
   */
  maintainLibrary: method<MaintenanceReport>()(z.object({}))
};
