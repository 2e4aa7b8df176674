/**
 * Applies the theme and the text size to the page (`data-theme` and a CSS variable on the root
 * element), and handles the commands that change them — from the menu, the keyboard or the
 * reading-settings popover alike.
 */
import { useLayoutEffect } from 'react';
import { stepFontSize } from '../reader/font-size';
import { useCommand } from './commands';
import { useSetting } from './settings';
import { DEFAULT_FONT_SIZE, fontSizeSetting, THEMES } from './setting-keys';
import { useTheme } from './useTheme';

export function useAppearance(): void {
  const [theme, setTheme] = useTheme();
  const [fontSize, setFontSize] = useSetting(fontSizeSetting);

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme === 'dark' ? 'dark' : 'light');
  }, [theme]);
  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--reading-size', `${fontSize}px`);
  }, [fontSize]);

  useCommand('theme-light', () => setTheme('light'));
  useCommand('theme-sepia', () => setTheme('sepia'));
  useCommand('theme-dark', () => setTheme('dark'));
  useCommand('cycle-theme', () => setTheme(THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!));
  useCommand('zoom-in', () => setFontSize(stepFontSize(fontSize, 1)));
  useCommand('zoom-out', () => setFontSize(stepFontSize(fontSize, -1)));
  useCommand('zoom-reset', () => setFontSize(DEFAULT_FONT_SIZE));
}
