/**
 * Every keyboard shortcut of the app, in one table: the keyboard handler matches against it and
 * the help overlay (`?`) lists it. Keys follow desktop conventions: ⌘/Ctrl+K and "/" to search,
 * ⌘/Ctrl+F to find, ⌘/Ctrl+G for the next match, Alt+← to go back.
 */
import type { Command } from './commands';

export interface Shortcut {
  command: Command;
  keys: string[];
  label: string;
  group: 'Anywhere' | 'Reading' | 'Annotating' | 'Search and find';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { group: 'Anywhere', command: 'search', keys: ['Mod+K', '/'], label: 'Search the library' },
  { group: 'Anywhere', command: 'show-library', keys: ['Alt+ArrowLeft'], label: 'Back to the library' },
  { group: 'Anywhere', command: 'show-notes', keys: ['Shift+Mod+N'], label: 'All notes' },
  { group: 'Anywhere', command: 'import', keys: ['Mod+O'], label: 'Import briefings…' },
  { group: 'Anywhere', command: 'export-notes', keys: ['Shift+Mod+E'], label: 'Export notes…' },
  { group: 'Anywhere', command: 'show-shortcuts', keys: ['?'], label: 'Show keyboard shortcuts' },
  { group: 'Reading', command: 'next-section', keys: [']', 'Alt+ArrowDown'], label: 'Next section' },
  { group: 'Reading', command: 'previous-section', keys: ['[', 'Alt+ArrowUp'], label: 'Previous section' },
  { group: 'Reading', command: 'zoom-in', keys: ['+', '='], label: 'Larger text' },
  { group: 'Reading', command: 'zoom-out', keys: ['-'], label: 'Smaller text' },
  { group: 'Reading', command: 'zoom-reset', keys: ['0'], label: 'Default text size' },
  { group: 'Reading', command: 'cycle-theme', keys: ['T'], label: 'Switch theme (light, sepia, dark)' },
  { group: 'Reading', command: 'toggle-contents', keys: ['C'], label: 'Show or hide the contents' },
  { group: 'Reading', command: 'toggle-original', keys: ['O'], label: 'Show or hide the original page (PDF briefings)' },
  { group: 'Annotating', command: 'highlight-selection', keys: ['H'], label: 'Highlight the selected text' },
  { group: 'Annotating', command: 'note-selection', keys: ['N'], label: 'Add a note to the selected text' },
  { group: 'Annotating', command: 'toggle-annotations', keys: ['A'], label: 'Show or hide the annotations' },
  { group: 'Annotating', command: 'focus-selection-toolbar', keys: ['Tab', 'F6'], label: 'From the selected text to its toolbar' },
  { group: 'Annotating', command: 'undo-delete', keys: ['Mod+Z'], label: 'Undo deleting an annotation' },
  { group: 'Reading', command: 'edit-metadata', keys: ['Mod+I'], label: 'Briefing details…' },
  { group: 'Reading', command: 'print', keys: ['Mod+P'], label: 'Print or save as PDF…' },
  { group: 'Search and find', command: 'find-in-briefing', keys: ['Mod+F'], label: 'Find in this briefing' },
  { group: 'Search and find', command: 'find-next', keys: ['Mod+G', 'F3'], label: 'Next match' },
  { group: 'Search and find', command: 'find-previous', keys: ['Shift+Mod+G', 'Shift+F3'], label: 'Previous match' },
  { group: 'Search and find', command: 'close', keys: ['Escape'], label: 'Close find, search or this help; drop the selection' }
];
