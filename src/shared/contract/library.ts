/**
 * Contract methods for the library itself: listing, reading, importing and deleting briefings,
 * settings and reading positions.
 */
import { z } from 'zod';
import type { BriefingDocument, BriefingSummary, ImportOutcome, ReadingPosition } from '../types';
import { method } from './define';

export const BriefingId = z.string().min(1).max(64);
export const BriefingSort = z.enum(['title', 'year', 'imported', 'opened', 'type']);

/** A file picked in the UI, sent as base64 so that the same call works over IPC and HTTP. */
export const UploadedFile = z.object({
  name: z.string().min(1).max(260),
  /** Base64 of the file's bytes. */
  data: z.string().max(24 * 1024 * 1024)
});

export interface AppInfo {
  version: string;
  dataDir: string;
}

/** A link from a briefing that the user confirmed opening; http and https only. */
export const ExternalUrl = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value), 'only http and https links can be opened');

export const libraryMethods = {
  appInfo: method<AppInfo>()(z.object({})),
  listBriefings: method<BriefingSummary[]>()(z.object({ sort: BriefingSort.optional() })),
  getBriefing: method<BriefingDocument>()(z.object({ id: BriefingId })),
  importFiles: method<ImportOutcome[]>()(z.object({ files: z.array(UploadedFile).min(1).max(100) })),
  deleteBriefing: method<void>()(z.object({ id: BriefingId })),
  markOpened: method<void>()(z.object({ id: BriefingId })),
  getReadingPosition: method<ReadingPosition | null>()(z.object({ id: BriefingId })),
  saveReadingPosition: method<void>()(
    z.object({ id: BriefingId, position: z.object({ blockId: z.number().int().nullable(), within: z.number().min(0).max(1) }) })
  ),
  getSettings: method<Record<string, unknown>>()(z.object({})),
  /** Keys are namespaced strings ("reader.theme"); values any JSON. */
  saveSettings: method<void>()(z.object({ values: z.record(z.string().regex(/^[a-z][\w.-]{0,63}$/i), z.json()) })),
  /**
   * Opens a link in the system browser (Electron: `shell.openExternal`). Browser mode answers
   * `{ opened: false }`, and the page opens the link itself in a new tab.
   */
  openExternal: method<{ opened: boolean }>()(z.object({ url: ExternalUrl }))
};
