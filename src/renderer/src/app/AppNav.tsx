/** The app header's switch between the Library, Notes and Facts views, with the brand beside it. */
import { Icon } from '../ui/Icon';
import { useCommands } from './commands';

export type AppViewName = 'library' | 'notes' | 'facts';

const VIEW_COMMANDS = { library: 'show-library', notes: 'show-notes', facts: 'show-facts' } as const;

export function AppNav({ current }: { current: AppViewName }) {
  const commands = useCommands();
  const link = (view: AppViewName, label: string, href: string) => (
    <a
      href={href}
      className="app-nav-link"
      aria-current={current === view ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        commands.run(VIEW_COMMANDS[view]);
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
        {link('facts', 'Facts', '#/facts')}
      </nav>
    </div>
  );
}
