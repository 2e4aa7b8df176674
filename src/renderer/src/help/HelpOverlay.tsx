/** The keyboard shortcuts (`?`), listed from the same table that the keyboard handler uses. */
import { SHORTCUTS, type Shortcut } from '../app/shortcuts';
import { Dialog, DialogHeader } from '../ui/Dialog';
import { IS_MAC } from '../app/keys';
import { Kbd } from '../ui/Kbd';

const GROUPS: Array<Shortcut['group']> = ['Anywhere', 'Reading', 'Annotating', 'Search and find'];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose} className="help-overlay">
      <DialogHeader title="Keyboard shortcuts" onClose={onClose} autoFocusClose />
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`} className="eyebrow">
              {group}
            </h3>
            <dl>
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <div key={shortcut.command} className="shortcut-row">
                  <dt>{shortcut.label}</dt>
                  <dd>
                    {shortcut.keys.map((spec, i) => (
                      <span key={spec}>
                        {i > 0 && <span className="muted or">or</span>}
                        <Kbd spec={spec} />
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <section className="keyboard-highlighting" aria-labelledby="shortcuts-keyboard-highlighting">
        <h3 id="shortcuts-keyboard-highlighting" className="eyebrow">
          Highlighting without a mouse
        </h3>
        <ol>
          <li>
            Scroll with the arrow keys, <Kbd spec="PageDown" /> or <Kbd spec="]" /> until the passage is the first line in view.
          </li>
          <li>
            <Kbd spec="Shift+ArrowRight" /> and <Kbd spec="Shift+ArrowDown" /> select from there, by character and by line (add{' '}
            <Kbd spec={IS_MAC ? '⌥' : 'Ctrl'} /> for whole words).
          </li>
          <li>
            <Kbd spec="H" /> highlights the selection, <Kbd spec="N" /> adds a note to it; <Kbd spec="Tab" /> reaches the colours, tags and copy buttons.
          </li>
        </ol>
      </section>
    </Dialog>
  );
}
