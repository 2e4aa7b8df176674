/**
 * The contract: every method the UI may call, in one place. Main registers a handler for each
 * (src/main/api), the preload exposes exactly these names (src/preload), and the browser-mode
 * client calls them over HTTP (src/renderer/src/api). A new capability is one entry here.
 */
import type { z } from 'zod';
import { annotationMethods } from './annotations';
import { citationMethods } from './citations';
import { factMethods } from './facts';
import { libraryMethods } from './library';
import { searchMethods } from './search';
import type { MethodSpec } from './define';

export const contract = {
  ...libraryMethods,
  ...searchMethods,
  ...annotationMethods,
  ...citationMethods,
  ...factMethods
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = Exclude<Contract[K]['output'], undefined>;

/** What the renderer holds: one async function per method. */
export type Api = { [K in MethodName]: (input: MethodInput<K>) => Promise<MethodOutput<K>> };

/** What main implements: one function per method, given already-validated input. */
export type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => MethodOutput<K> | Promise<MethodOutput<K>> };

/** Events main pushes to the renderer. */
export type AppEvent = { type: 'library-changed' } | { type: 'menu'; command: MenuCommand } | { type: 'open-link'; link: string };

export type MenuCommand =
  | 'import'
  | 'show-library'
  | 'show-notes'
  | 'show-facts'
  | 'find-in-briefing'
  | 'search'
  | 'next-section'
  | 'previous-section'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'theme-light'
  | 'theme-dark'
  | 'theme-sepia'
  | 'show-shortcuts'
  | 'update-from-file'
  | 'export-notes'
  | 'edit-metadata'
  | 'print'
  | 'compact-library';

/** The bridge object the preload puts on `window` in Electron. */
export interface Bridge {
  api: Api;
  /** Subscribes to main's events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export type { Reply } from './define';
