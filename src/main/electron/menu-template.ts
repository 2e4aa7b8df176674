/**
 * The application menu as data: the platform's usual menus (the app menu and Window menu on macOS,
 * Quit and About under File and Help elsewhere) plus the reader's own commands, each of which
 * sends a `MenuCommand` to the page. Electron-free (type imports only) so a test can walk it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Adds reload and the developer tools. */
  isDev: boolean;
  /** Delivers a command to the page of the focused window. */
  send(command: MenuCommand): void;
  /** Shows the About panel (macOS has its own role for it). */
  showAbout(): void;
  /** Saves the focused window's page as PDF (through its print stylesheet). */
  savePdf(): void;
}

/** The menu template for `Menu.buildFromTemplate`. */
export function menuTemplate({ appName, platform, isDev, send, showAbout, savePdf }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name)
  });
  // Keys the page already handles (src/renderer/src/app/shortcuts.ts) are only shown in the menu:
  // registering them too would run the command twice, and a bare key like "?" must stay typeable.
  const pageKey = (label: string, name: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, name, accelerator),
    registerAccelerator: false
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // "&File" gives Alt+F on Windows and Linux; macOS has no mnemonics and would show the "&".
  const title = (label: string) => (mac ? label.replace('&', '') : label);

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' }
    ]
  };
  const file: MenuItemConstructorOptions = {
    label: title('&File'),
    submenu: [
      pageKey('Import Briefings…', 'import', 'CmdOrCtrl+O'),
      command('Update from File…', 'update-from-file'),
      command('Edit Briefing Details…', 'edit-metadata'),
      separator,
      command('Export Notes…', 'export-notes', 'CmdOrCtrl+Shift+E'),
      separator,
      // No "…": it asks nothing, it runs and reports on the library screen.
      command('Compact Library', 'compact-library'),
      separator,
      pageKey('Print…', 'print', 'CmdOrCtrl+P'),
      { label: 'Save as PDF…', accelerator: 'CmdOrCtrl+Shift+P', click: savePdf },
      separator,
      { role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as const])
    ]
  };
  const edit: MenuItemConstructorOptions = {
    label: title('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' }
    ]
  };
  const view: MenuItemConstructorOptions = {
    label: title('&View'),
    submenu: [
      command('Larger Text', 'zoom-in', 'CmdOrCtrl+Plus'),
      // Most keyboards type "+" with Shift; this hidden twin catches the unshifted "=" key.
      { ...command('Larger Text', 'zoom-in', 'CmdOrCtrl+='), visible: false, acceleratorWorksWhenHidden: true },
      command('Smaller Text', 'zoom-out', 'CmdOrCtrl+-'),
      command('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
      separator,
      command('Light Theme', 'theme-light'),
      command('Dark Theme', 'theme-dark'),
      command('Sepia Theme', 'theme-sepia'),
      separator,
      { role: 'togglefullscreen' },
      ...(isDev ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : [])
    ]
  };
  const go: MenuItemConstructorOptions = {
    label: title('&Go'),
    submenu: [
      pageKey('Library', 'show-library', 'Alt+Left'),
      command('Notes', 'show-notes', 'CmdOrCtrl+Shift+N'),
      command('Facts and Figures', 'show-facts'),
      separator,
      pageKey('Search Library…', 'search', 'CmdOrCtrl+K'),
      pageKey('Find in Briefing…', 'find-in-briefing', 'CmdOrCtrl+F'),
      separator,
      pageKey('Next Section', 'next-section', 'Alt+Down'),
      pageKey('Previous Section', 'previous-section', 'Alt+Up')
    ]
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: title('&Help'),
    submenu: [pageKey('Keyboard Shortcuts', 'show-shortcuts', '?'), ...(mac ? [] : [separator, { label: `About ${appName}`, click: showAbout }])]
  };
  return mac ? [appMenu, file, edit, view, go, { role: 'windowMenu' }, help] : [file, edit, view, go, help];
}
