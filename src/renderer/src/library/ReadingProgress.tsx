/** A briefing's reading progress in the library: "Unread", a small bar with "42 %", or "Read". */
import { Icon } from '../ui/Icon';
import { readingState } from './reading-state';

export function ReadingProgress({ progress }: { progress: number }) {
  const reading = readingState(progress);
  if (reading.state === 'unread') return <span className="muted">Unread</span>;
  if (reading.state === 'read')
    return (
      <span className="read-done">
        <Icon name="check" /> Read
      </span>
    );
  return (
    <span className="read-progress">
      <span className="read-bar" aria-hidden="true">
        <span style={{ width: `${reading.percent}%` }} />
      </span>
      {reading.percent} %
    </span>
  );
}
