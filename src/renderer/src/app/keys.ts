/**
 * Key combinations written as specs — "Mod+K", "Shift+Mod+G", "Alt+ArrowDown", "/", "?" — where
 * Mod is ⌘ on a Mac and Ctrl elsewhere. One spec both matches keyboard events and is shown in the
 * help overlay, so the two can never disagree.
 */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

interface ParsedSpec {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(spec: string): ParsedSpec {
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts.pop() ?? '';
  return { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

/**
 * Whether `event` is the combination `spec`. For a printed character ("?", "/", "]") Shift is
 * whatever the keyboard layout needs to type it, so it is not compared.
 */
export function matchesKey(spec: string, event: KeyboardEvent): boolean {
  const wanted = parse(spec);
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  const otherMod = IS_MAC ? event.ctrlKey : event.metaKey;
  if (wanted.mod !== mod || otherMod || wanted.alt !== event.altKey) return false;
  const printable = wanted.key.length === 1 && !/[a-z0-9]/i.test(wanted.key);
  if (!printable && wanted.shift !== event.shiftKey) return false;
  return event.key.length === 1 ? event.key.toLowerCase() === wanted.key.toLowerCase() : event.key === wanted.key;
}

const NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Enter: '↵'
};

/** The keys of `spec` as the platform labels them, one entry per key cap. */
export function keyLabels(spec: string): string[] {
  const { key, mod, shift, alt } = parse(spec);
  const caps: string[] = [];
  if (mod) caps.push(IS_MAC ? '⌘' : 'Ctrl');
  if (alt) caps.push(IS_MAC ? '⌥' : 'Alt');
  if (shift) caps.push(IS_MAC ? '⇧' : 'Shift');
  caps.push(NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  return caps;
}

/** True when the keystroke goes to a text field, where single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
