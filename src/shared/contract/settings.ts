/**
 * The settings the page may save, each with its type and size. Anything else — an unknown key, an
 * internal key the core keeps for itself (`library.seeded`), an oversized value — is refused at
 * the boundary, so a caller can neither fill the settings table that every start reads nor change
 * what the core decided. A new setting is added here first.
 */
import { z } from 'zod';

export const THEMES = ['light', 'sepia', 'dark'] as const;

/** Reading text sizes in CSS pixels, from small to large; the control steps through them. */
export const FONT_SIZES = [15, 16, 17, 18, 19, 20, 22, 24, 26, 28] as const;

export const LIBRARY_COLUMNS = ['title', 'type', 'year', 'sections', 'annotations', 'progress', 'opened'] as const;

export const MAX_RECENT_SEARCHES = 8;

/** As long as a search query may be (the search contract's limit). */
const MAX_QUERY_CHARS = 1000;

export const UserSettings = z
  .strictObject(
    {
      'reader.theme': z.enum(THEMES),
      'reader.fontSize': z.number().refine((size) => (FONT_SIZES as readonly number[]).includes(size), `must be one of ${FONT_SIZES.join(', ')}`),
      'library.sort': z.strictObject({ column: z.enum(LIBRARY_COLUMNS), direction: z.enum(['asc', 'desc']) }),
      'search.recent': z.array(z.string().max(MAX_QUERY_CHARS)).max(MAX_RECENT_SEARCHES),
      'print.notes': z.boolean(),
      'reader.contents': z.boolean(),
      'reader.annotations': z.boolean()
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a setting the app can change` : undefined
    }
  )
  .partial();
export type UserSettings = z.infer<typeof UserSettings>;
