/**
 * The desktop implementation of the contract's `openExternal`: a link leaves the app only if it is
 * a web address (external-url.ts) and the user confirms in a native dialog naming the host.
 */
import { dialog, shell, type BrowserWindow } from 'electron';
import { parseExternalUrl } from './external-url';

/**
 * Asks, then opens `raw` in the system browser; resolves with whether it did (false when the user
 * cancels). Refuses anything but http(s) with a one-line error.
 */
export async function confirmAndOpenExternal(parent: BrowserWindow | null, raw: string): Promise<boolean> {
  const url = parseExternalUrl(raw);
  if (!url) {
    const shown = raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
    throw new Error(`Open link: "${shown}" is not a web address; only http and https links open in the browser`);
  }
  const options = {
    type: 'question' as const,
    title: 'Open Link',
    message: `Open ${url.hostname} in your web browser?`,
    detail: url.href,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url.href);
  return true;
}
