/** Every setting the renderer stores, with its key, default and validation (see settings.tsx). */
import { FONT_SIZES, LIBRARY_COLUMNS, MAX_RECENT_SEARCHES, THEMES } from '../../../shared/contract/settings';
import type { SettingDefinition } from './setting-definition';

// The contract checks what is saved; these are the same lists, read back here with a fallback.
export { FONT_SIZES, LIBRARY_COLUMNS, MAX_RECENT_SEARCHES, THEMES };
export type Theme = (typeof THEMES)[number];
export const DEFAULT_FONT_SIZE = 19;

export type LibraryColumn = (typeof LIBRARY_COLUMNS)[number];
export interface LibrarySort {
  column: LibraryColumn;
  direction: 'asc' | 'desc';
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): T | undefined =>
    options.includes(value as T) ? (value as T) : undefined;

/** The theme the user chose; null until they choose, when the system's preference applies (useTheme). */
export const themeSetting: SettingDefinition<Theme | null> = {
  key: 'reader.theme',
  fallback: null,
  read: oneOf(THEMES)
};

export const fontSizeSetting: SettingDefinition<number> = {
  key: 'reader.fontSize',
  fallback: DEFAULT_FONT_SIZE,
  read: (value) => (typeof value === 'number' && (FONT_SIZES as readonly number[]).includes(value) ? value : undefined)
};

export const librarySortSetting: SettingDefinition<LibrarySort> = {
  key: 'library.sort',
  fallback: { column: 'opened', direction: 'desc' },
  read: (value) => {
    const sort = value as Partial<LibrarySort> | null;
    if (!sort || typeof sort !== 'object') return undefined;
    const column = oneOf(LIBRARY_COLUMNS)(sort.column);
    const direction = oneOf(['asc', 'desc'] as const)(sort.direction);
    return column && direction ? { column, direction } : undefined;
  }
};

/** Whether the reader shows the contents panel; null until the user chooses, when the window's width decides. */
export const contentsOpenSetting: SettingDefinition<boolean | null> = {
  key: 'reader.contents',
  fallback: null,
  read: (value) => (typeof value === 'boolean' ? value : undefined)
};

/** Whether the reader shows the annotations sidebar when a briefing opens. */
export const annotationsOpenSetting: SettingDefinition<boolean> = {
  key: 'reader.annotations',
  fallback: false,
  read: (value) => (typeof value === 'boolean' ? value : undefined)
};

/** Whether a printed briefing (or its PDF) ends with the reader's notes. */
export const printNotesSetting: SettingDefinition<boolean> = {
  key: 'print.notes',
  fallback: true,
  read: (value) => (typeof value === 'boolean' ? value : undefined)
};

/** The most recent first; at most `MAX_RECENT_SEARCHES`. */
export const recentSearchesSetting: SettingDefinition<string[]> = {
  key: 'search.recent',
  fallback: [],
  read: (value) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined)
};
