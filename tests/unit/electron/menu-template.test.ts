import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../src/shared/contract';
import { menuTemplate } from '../../../src/main/electron/menu-template';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

// Record<MenuCommand, …> makes the compiler insist that this list names every command.
const EVERY_COMMAND = Object.keys({
  import: 1,
  'update-from-file': 1,
  'edit-metadata': 1,
  'export-notes': 1,
  'show-library': 1,
  'show-notes': 1,
  search: 1,
  'find-in-briefing': 1,
  'next-section': 1,
  'previous-section': 1,
  'zoom-in': 1,
  'zoom-out': 1,
  'zoom-reset': 1,
  'theme-light': 1,
  'theme-dark': 1,
  'theme-sepia': 1,
  'show-shortcuts': 1,
  print: 1,
  'show-facts': 1,
  'compact-library': 1
} satisfies Record<MenuCommand, 1>) as MenuCommand[];

function build(platform: NodeJS.Platform, isDev = false) {
  const sent: MenuCommand[] = [];
  let aboutShown = 0;
  let pdfSaved = 0;
  const template = menuTemplate({
    appName: 'Briefing Reader',
    platform,
    isDev,
    send: (command) => sent.push(command),
    showAbout: () => (aboutShown += 1),
    savePdf: () => (pdfSaved += 1)
  });
  return { template, sent, aboutShown: () => aboutShown, pdfSaved: () => pdfSaved };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('menuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('sends every reader command from a menu item on %s', (platform) => {
    const { template, sent } = build(platform);
    for (const item of items(template)) if (item.click && item.label?.startsWith('About') !== true) click(item);
    expect(new Set(sent)).toEqual(new Set(EVERY_COMMAND));
  });

  it.each(['darwin', 'win32', 'linux'] as const)('gives no two items the same shortcut on %s', (platform) => {
    const accelerators = items(build(platform).template)
      .filter((item) => item.accelerator && item.visible !== false)
      .map((item) => item.accelerator);
    expect(accelerators.length).toBeGreaterThan(8);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('only shows the keys the page handles itself, so a key press never runs a command twice', () => {
    const byCommand = new Map<MenuCommand, MenuItemConstructorOptions>();
    const { template, sent } = build('linux');
    for (const item of items(template)) {
      if (!item.click || item.visible === false) continue;
      click(item);
      if (sent.length > 0) byCommand.set(sent.pop()!, item);
    }
    // The page's own shortcuts (src/renderer/src/app/shortcuts.ts).
    const pageKeys: Partial<Record<MenuCommand, string>> = {
      import: 'CmdOrCtrl+O',
      search: 'CmdOrCtrl+K',
      'find-in-briefing': 'CmdOrCtrl+F',
      'show-library': 'Alt+Left',
      'next-section': 'Alt+Down',
      'previous-section': 'Alt+Up',
      'show-shortcuts': '?',
      print: 'CmdOrCtrl+P'
    };
    for (const [name, accelerator] of Object.entries(pageKeys)) {
      expect(byCommand.get(name as MenuCommand)).toMatchObject({ accelerator, registerAccelerator: false });
    }
    expect(byCommand.get('export-notes')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+E' });
    expect(byCommand.get('export-notes')).not.toHaveProperty('registerAccelerator');
  });

  it('has the macOS app menu first, quit there and not under File, and a Window menu', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Briefing Reader');
    expect(items([template[0]!]).map((item) => item.role)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(items([template[1]!]).some((item) => item.role === 'quit')).toBe(false);
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(template.map((item) => item.label).filter(Boolean)).not.toContain('&File');
  });

  it('puts Quit under File and About under Help on Windows and Linux, with Alt-key mnemonics', () => {
    const { template, aboutShown } = build('linux');
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    expect(items([template[0]!]).some((item) => item.role === 'quit')).toBe(true);
    const about = items(template).find((item) => item.label === 'About Briefing Reader');
    click(about!);
    expect(aboutShown()).toBe(1);
  });

  it('offers Print… (the page prints itself with its print stylesheet) and Save as PDF… (main saves the file) under File', () => {
    const { template, pdfSaved } = build('linux');
    const file = items([template[0]!]);
    expect(file.find((item) => item.label === 'Print…')).toMatchObject({ accelerator: 'CmdOrCtrl+P', registerAccelerator: false });
    const save = file.find((item) => item.label === 'Save as PDF…');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P' });
    click(save!);
    expect(pdfSaved()).toBe(1);
  });

  it('offers the developer tools in development only', () => {
    const roles = (isDev: boolean) => items(build('linux', isDev).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('keeps the usual editing commands, which copying passages relies on', () => {
    const roles = items(build('win32').template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'close']));
  });
});
