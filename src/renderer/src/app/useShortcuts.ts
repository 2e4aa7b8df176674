/**
 * Turns key presses into commands, following the table in shortcuts.ts. While the user types in a
 * text field only combinations with ⌘/Ctrl, function keys and Escape count, so "/" or "]" stay
 * text; inside an open dialog the dialog handles its own keys.
 */
import { useEffect } from 'react';
import { useCommands } from './commands';
import { isTyping, matchesKey } from './keys';
import { SHORTCUTS } from './shortcuts';

function worksInFields(spec: string): boolean {
  return spec.includes('Mod+') || spec === 'Escape' || /(^|\+)F\d+$/.test(spec);
}

export function useShortcuts(): void {
  const commands = useCommands();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const typing = isTyping(event.target);
      const shortcut = SHORTCUTS.find((s) => s.keys.some((spec) => (!typing || worksInFields(spec)) && matchesKey(spec, event)));
      if (shortcut && commands.run(shortcut.command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands]);
}
