/** A key combination as the user's platform writes it: "⌘K" on a Mac, "Ctrl+K" elsewhere. */
import { keyLabels } from '../app/keys';

/** `hidden`: a hint beside a control whose accessible name already says what it does. */
export function Kbd({ spec, hidden }: { spec: string; hidden?: boolean }) {
  return (
    <kbd className="kbd" aria-hidden={hidden || undefined}>
      {keyLabels(spec).map((label, i) => (
        <kbd key={i}>{label}</kbd>
      ))}
    </kbd>
  );
}
