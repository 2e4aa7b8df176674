/**
 * Commands are what the user can ask for, by keyboard shortcut or from Electron's application menu
 * (`AppEvent` "menu"). The component that can do something registers a handler for its command
 * while it is on screen; a shortcut or menu item runs whatever is registered, and does nothing
 * (letting the browser have the key) when nothing is.
 */
import { createContext, useContext, useEffect, useEffectEvent, useMemo, type ReactNode } from 'react';
import { createCommandRegistry, type Command, type CommandRegistry, type Handler } from './command-registry';

export type { Command };

const CommandContext = createContext<CommandRegistry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => createCommandRegistry(), []);
  return <CommandContext.Provider value={registry}>{children}</CommandContext.Provider>;
}

export function useCommands(): CommandRegistry {
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
