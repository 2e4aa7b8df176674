/**
 * Reading preferences in a popover: light / sepia / dark, and the text size. Both are saved as
 * settings, so every briefing opens the way the user likes it.
 */
import { useSetting } from '../app/settings';
import { FONT_SIZES, fontSizeSetting, printNotesSetting, THEMES, type Theme } from '../app/setting-keys';
import { useTheme } from '../app/useTheme';
import { Icon, type IconName } from '../ui/Icon';
import { stepFontSize } from './font-size';

const THEME_LABELS: Record<Theme, { label: string; icon: IconName }> = {
  light: { label: 'Light', icon: 'sun' },
  sepia: { label: 'Sepia', icon: 'sepia' },
  dark: { label: 'Dark', icon: 'moon' }
};

export function TypographyMenu() {
  const [theme, setTheme] = useTheme();
  const [fontSize, setFontSize] = useSetting(fontSizeSetting);
  const [printNotes, setPrintNotes] = useSetting(printNotesSetting);
  return (
    <>
      <button type="button" className="icon-button" popoverTarget="typography-menu" aria-label="Reading settings" data-tooltip="Theme and text size">
        <Icon name="type" />
      </button>
      <div id="typography-menu" className="popover typography-menu" popover="auto" role="dialog" aria-label="Reading settings">
        <p className="eyebrow popover-label" id="theme-label">
          Theme
        </p>
        <div className="segmented" role="radiogroup" aria-labelledby="theme-label">
          {THEMES.map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={theme === option}
              className={`segment theme-swatch theme-${option}`}
              onClick={() => setTheme(option)}
            >
              <Icon name={THEME_LABELS[option].icon} />
              {THEME_LABELS[option].label}
            </button>
          ))}
        </div>
        <p className="eyebrow popover-label" id="size-label">
          Text size
        </p>
        <div className="size-control" role="group" aria-labelledby="size-label">
          <button
            type="button"
            className="button size-step"
            aria-label="Smaller text"
            disabled={fontSize === FONT_SIZES[0]}
            onClick={() => setFontSize(stepFontSize(fontSize, -1))}
          >
            <span className="size-glyph small">A</span>
          </button>
          <output className="size-value" aria-live="polite">
            {fontSize} px
          </output>
          <button
            type="button"
            className="button size-step"
            aria-label="Larger text"
            disabled={fontSize === FONT_SIZES[FONT_SIZES.length - 1]}
            onClick={() => setFontSize(stepFontSize(fontSize, 1))}
          >
            <span className="size-glyph large">A</span>
          </button>
        </div>
        <p className="eyebrow popover-label">Printing</p>
        <label className="check-field">
          <input type="checkbox" checked={printNotes} onChange={(event) => setPrintNotes(event.target.checked)} />
          My notes at the end
        </label>
      </div>
    </>
  );
}
