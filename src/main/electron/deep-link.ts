/**
 * `briefing-reader://` links: how the app recognises one in a second launch's command line
 * (Windows and Linux pass the link as an argument) and what it forwards to the page.
 */

export const DEEP_LINK_SCHEME = 'briefing-reader';
const MAX_LINK_LENGTH = 2048;

/** True for a well-formed `briefing-reader:` URL of reasonable length. */
export function isDeepLink(text: string): boolean {
  if (text.length > MAX_LINK_LENGTH) return false;
  try {
    return new URL(text).protocol === `${DEEP_LINK_SCHEME}:`;
  } catch {
    return false;
  }
}

/**
 * The deep link among a process's arguments, if any. The last one wins, as the OS appends the
 * link after the app's own arguments.
 *
 * @example findDeepLink(['/opt/Briefing Reader/briefing-reader', 'briefing-reader://open?id=abc']) // 'briefing-reader://open?id=abc'
 */
export function findDeepLink(argv: readonly string[]): string | undefined {
  return [...argv].reverse().find(isDeepLink);
}
