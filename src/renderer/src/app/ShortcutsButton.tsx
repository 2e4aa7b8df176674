/** The toolbar button that opens the keyboard shortcuts overlay, in every view's header. */
import { Icon } from '../ui/Icon';
import { useCommands } from './commands';

export function ShortcutsButton() {
  const commands = useCommands();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Keyboard shortcuts"
      data-tooltip="Keyboard shortcuts (?)"
      onClick={() => commands.run('show-shortcuts')}
    >
      <Icon name="keyboard" />
    </button>
  );
}
