/**
 * Remembers the main window's size and position between runs in a small JSON file in the
 * user-data folder, and decides whether the saved place can be restored: a window is put back
 * only where enough of it would be visible on a display that is still connected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(150).max(20_000),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false)
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** The size a first window opens at: room for the contents column and a readable measure. */
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
/** The strip along the top of a window that must stay on a display so the user can grab it. */
const TITLE_BAR = { minWidth: 160, height: 32 } as const;

/** The saved state, or null when there is none or the file is unreadable or malformed. */
export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the state atomically (a temporary file renamed over the old one), so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

/**
 * The bounds to restore, or null to let the window open centred at its default size: when nothing
 * was saved, or when the saved window could no longer be reached — the monitor it was on has been
 * unplugged or the resolution has shrunk. Reachable means its title bar lies inside one display's
 * work area over at least 160 pixels, enough to grab it. A window larger than that display is
 * shrunk to fit.
 */
export function restorableBounds(state: WindowState | null, workAreas: readonly Rectangle[]): Rectangle | null {
  if (!state) return null;
  const titleBar = { x: state.x, y: state.y, width: state.width, height: TITLE_BAR.height };
  const area = workAreas.find((candidate) => {
    const overlap = intersection(titleBar, candidate);
    return overlap.width >= TITLE_BAR.minWidth && overlap.height === TITLE_BAR.height;
  });
  if (!area) return null;
  return { x: state.x, y: state.y, width: Math.min(state.width, area.width), height: Math.min(state.height, area.height) };
}

function intersection(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}
