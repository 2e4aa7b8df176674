/** What a new or emptied library shows: what goes in it and how. */
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';

export function EmptyLibrary({ onImport }: { onImport(): void }) {
  return (
    <div className="empty-state library-empty">
      <Icon name="library" className="empty-icon" />
      <h2>Your library is empty</h2>
      <p>
        Import EPRS briefings saved as plain text. Briefing Reader lays them out for reading, indexes them for search and keeps everything on this computer.
      </p>
      <button type="button" className="button primary" onClick={onImport}>
        <Icon name="import" />
        Import briefings…
      </button>
      <p className="muted small">
        Or drop files anywhere on this window · <Kbd spec="Mod+O" />
      </p>
    </div>
  );
}
