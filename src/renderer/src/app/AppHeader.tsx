/**
 * The header of the app's two top-level views (Library and Notes): the view switch, the search
 * field that opens the search palette, the view's own actions and the shortcuts button.
 */
import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { AppNav, type AppViewName } from './AppNav';
import { useCommands } from './commands';
import { ShortcutsButton } from './ShortcutsButton';

export function AppHeader({ current, actions }: { current: AppViewName; actions: ReactNode }) {
  const commands = useCommands();
  return (
    <header className="toolbar library-toolbar">
      <AppNav current={current} />
      <button type="button" className="search-trigger wide" onClick={() => commands.run('search')} aria-label="Search the library">
        <Icon name="search" />
        <span className="search-trigger-text">Search all briefings…</span>
        <Kbd spec="Mod+K" />
      </button>
      <div className="toolbar-actions">
        {actions}
        <ShortcutsButton />
      </div>
    </header>
  );
}
