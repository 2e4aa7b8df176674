/**
 * The reader's top bar: back to the library, the briefing's title, and the tools — contents,
 * find, search, reading settings, shortcuts. `actions` is where later features (notes sidebar,
 * export) add their buttons.
 */
import type { ReactNode } from 'react';
import { useCommands } from '../app/commands';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { TypographyMenu } from './TypographyMenu';
import { ShortcutsButton } from '../app/ShortcutsButton';

export interface ReaderToolbarProps {
  title: string;
  contentsOpen: boolean;
  onToggleContents(): void;
  actions?: ReactNode;
}

export function ReaderToolbar({ title, contentsOpen, onToggleContents, actions }: ReaderToolbarProps) {
  const commands = useCommands();
  return (
    <header className="toolbar reader-toolbar">
      <button
        type="button"
        className="button ghost back-button"
        aria-label="Back to the library"
        title="Back to the library (Alt+←)"
        onClick={() => commands.run('show-library')}
      >
        <Icon name="back" />
        Library
      </button>
      <button
        type="button"
        className="icon-button contents-toggle"
        aria-label="Contents"
        aria-expanded={contentsOpen}
        aria-controls="reader-contents"
        data-tooltip="Contents (C)"
        onClick={onToggleContents}
      >
        <Icon name="toc" />
      </button>
      <p className="toolbar-title" title={title}>
        {title}
      </p>
      <div className="toolbar-actions">
        {actions}
        <button type="button" className="search-trigger" onClick={() => commands.run('search')} aria-label="Search the library">
          <Icon name="search" />
          <span className="search-trigger-text">Search</span>
          <Kbd spec="Mod+K" hidden />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Find in this briefing"
          data-tooltip="Find in this briefing"
          onClick={() => commands.run('find-in-briefing')}
        >
          <Icon name="file" />
        </button>
        <TypographyMenu />
        <ShortcutsButton />
      </div>
    </header>
  );
}
