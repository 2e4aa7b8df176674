/** A key combination as the user's platform writes it: "⌘K" on a Mac, "Ctrl+K" elsewhere. */
import { keyLabels } from '../app/keys';

export function Kbd({ spec }: { spec: string }) {
  return (
    <kbd className="kbd">
      {keyLabels(spec).map((label, i) => (
        <kbd key={i}>{label}</kbd>
      ))}
    </kbd>
  );
}
