/** The app header's switch between the Library and the Notes view, with the brand beside it. */
import { Icon } from '../ui/Icon';
import { useCommands } from './commands';

export function AppNav({ current }: { current: 'library' | 'notes' }) {
  const commands = useCommands();
  const link = (view: 'library' | 'notes', label: string, href: string) => (
    <a
      href={href}
      className="app-nav-link"
      aria-current={current === view ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        commands.run(view === 'library' ? 'show-library' : 'show-notes');
      }}
    >
      {label}
    </a>
  );
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        <Icon name="sepia" />
      </span>
      <span className="visually-hidden">Briefing Reader</span>
      <nav className="app-nav" aria-label="Views">
        {link('library', 'Library', '#/')}
        {link('notes', 'Notes', '#/notes')}
      </nav>
    </div>
  );
}
