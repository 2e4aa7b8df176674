/**
 * Commands are what the user can ask for, by keyboard shortcut or from Electron's application menu
 * (`AppEvent` "menu"). The component that can do something registers a handler for its command
 * while it is on screen; a shortcut or menu item runs whatever is registered, and does nothing
 * (letting the browser have the key) when nothing is.
 */
import { createContext, useContext, useEffect, useEffectEvent, useMemo, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/contract';

export type Command =
  | MenuCommand
  | 'find-next'
  | 'find-previous'
  | 'close'
  | 'cycle-theme'
  | 'toggle-contents'
  | 'highlight-selection'
  | 'note-selection'
  | 'toggle-annotations'
  | 'focus-selection-toolbar'
  | 'undo-delete';

/**
 * Does what the command asks. Returning `false` declines — the command is not for this handler
 * right now (say, Escape with nothing selected) — and passes it on to the one registered before.
 */
type Handler = () => boolean | void;

interface Registry {
  register(command: Command, handler: Handler): () => void;
  /** Runs the newest handler of `command` that does not decline; false when none takes it. */
  run(command: Command): boolean;
}

const CommandContext = createContext<Registry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const registry = useMemo<Registry>(() => {
    const handlers = new Map<Command, Handler[]>();
    return {
      register(command, handler) {
        handlers.set(command, [...(handlers.get(command) ?? []), handler]);
        return () => handlers.set(command, (handlers.get(command) ?? []).filter((h) => h !== handler));
      },
      run(command) {
        const list = handlers.get(command) ?? [];
        for (let i = list.length - 1; i >= 0; i--) if (list[i]!() !== false) return true;
        return false;
      }
    };
  }, []);
  return <CommandContext.Provider value={registry}>{children}</CommandContext.Provider>;
}

export function useCommands(): Registry {
  const registry = useContext(CommandContext);
  if (!registry) throw new Error('useCommands outside CommandProvider');
  return registry;
}

/**
 * Handles `command` while the calling component is mounted and `enabled`. The newest registration
 * wins, so an open overlay's Escape takes precedence over the reader's.
 */
export function useCommand(command: Command, handler: Handler, enabled = true): void {
  const registry = useCommands();
  const run = useEffectEvent(handler);
  useEffect(() => {
    if (!enabled) return;
    return registry.register(command, () => run());
  }, [registry, command, enabled]);
}
