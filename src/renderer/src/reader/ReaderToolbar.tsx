/**
 * The reader's top bar: back to the library, the briefing's title, and the tools — contents,
 * find, search, reading settings, shortcuts. `actions` is where later features (notes sidebar,
 * export) add their buttons.
 */
import type { ReactNode } from 'react';
import { useCommands } from '../app/commands';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { minutesToRead } from './reading-time';
import { TypographyMenu } from './TypographyMenu';
import { ShortcutsButton } from '../app/ShortcutsButton';

export interface ReaderToolbarProps {
  title: string;
  /** The share of the body read with the view where it is (0..1), and the body's length in words. */
  progress: number;
  words: number;
  contentsOpen: boolean;
  onToggleContents(): void;
  /** The Original toggle, for a briefing whose original pages can be shown (a PDF); absent otherwise. */
  original?: { open: boolean; onToggle(): void };
  actions?: ReactNode;
}

export function ReaderToolbar({ title, progress, words, contentsOpen, onToggleContents, original, actions }: ReaderToolbarProps) {
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
      <ReadingMeter progress={progress} words={words} />
      <div className="toolbar-actions">
        {original && (
          <button
            type="button"
            className="button ghost original-toggle"
            aria-label="Original"
            aria-pressed={original.open}
            aria-controls={original.open ? 'reader-original' : undefined}
            data-tooltip="The original page beside the text (O)"
            onClick={original.onToggle}
          >
            <Icon name="original" />
            <span className="original-toggle-text">Original</span>
          </button>
        )}
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

/** How far the reader is through the body, and the minutes left at an average pace; a bar along the toolbar's foot. */
function ReadingMeter({ progress, words }: { progress: number; words: number }) {
  const percent = Math.floor(progress * 100);
  const left = progress >= 0.995 ? 0 : minutesToRead(words * (1 - progress));
  const text = left === 0 ? `${percent} %` : `${percent} % · ${left} min left`;
  return (
    <div
      className="reading-meter"
      role="progressbar"
      aria-label="Read"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={left === 0 ? `${percent} %, read to the end` : `${percent} %, ${left} minutes left`}
    >
      <span className="reading-meter-text" aria-hidden="true">
        {text}
      </span>
      <span className="reading-meter-bar" aria-hidden="true" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
