/**
 * Where the library lives when no `--data-dir` is given. The desktop app, the browser mode and the
 * CLI all use this one folder, so they share one library. It is the folder Electron calls
 * `userData` for an app named "Briefing Reader"; the app sets Electron's path to it explicitly.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Briefing Reader';

/** `BRIEFING_READER_DATA_DIR` overrides the platform's place for application data. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BRIEFING_READER_DATA_DIR) return path.resolve(env.BRIEFING_READER_DATA_DIR);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}
