/** Main's events: a menu item runs its command, a deep link opens its passage. */
import { useEffect, useEffectEvent } from 'react';
import { onAppEvent } from '../api/client';
import { useCommands } from './commands';
import { parseDeepLink, type DeepLinkTarget } from './deep-link';

export function useAppEvents(openLink: (target: DeepLinkTarget) => void): void {
  const commands = useCommands();
  const open = useEffectEvent(openLink);
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'menu') commands.run(event.command);
        else if (event.type === 'open-link') {
          const target = parseDeepLink(event.link);
          if (target) open(target);
        }
      }),
    [commands]
  );
}
