/**
 * The registry behind commands: handlers registered per command, newest first, each free to
 * decline. Plain TypeScript, so that the rules of who gets a key can be tested without a page.
 */
import type { MenuCommand } from '../../../shared/contract';

export type Command =
  | MenuCommand
  | 'find-next'
  | 'find-previous'
  | 'close'
  | 'cycle-theme'
  | 'toggle-contents'
  | 'toggle-original'
  | 'highlight-selection'
  | 'note-selection'
  | 'toggle-annotations'
  | 'focus-selection-toolbar'
  | 'undo-delete';

/**
 * Does what the command asks. Returning `false` declines — the command is not for this handler
 * right now (say, Escape with nothing selected) — and passes it on to the one registered before.
 */
export type Handler = () => boolean | void;

export interface CommandRegistry {
  /** Adds a handler for `command`; the returned function removes it. */
  register(command: Command, handler: Handler): () => void;
  /** Runs the newest handler of `command` that does not decline; false when none takes it. */
  run(command: Command): boolean;
}

export function createCommandRegistry(): CommandRegistry {
  const handlers = new Map<Command, Handler[]>();
  return {
    register(command, handler) {
      handlers.set(command, [...(handlers.get(command) ?? []), handler]);
      return () =>
        handlers.set(
          command,
          (handlers.get(command) ?? []).filter((h) => h !== handler)
        );
    },
    run(command) {
      const list = handlers.get(command) ?? [];
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!() !== false) return true;
      return false;
    }
  };
}
