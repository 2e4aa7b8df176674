/** Installs the application menu built by menu-template.ts. */
import { app, Menu } from 'electron';
import { menuTemplate, type MenuOptions } from './menu-template';

/** Sets the application menu (the menu bar on Windows and Linux). */
export function installMenu(options: Omit<MenuOptions, 'appName' | 'platform'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ appName: app.getName(), platform: process.platform, ...options })));
}
