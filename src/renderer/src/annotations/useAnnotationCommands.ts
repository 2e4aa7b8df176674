/**
 * The annotation layer's keys, as commands of the shortcut table (so the help overlay lists them
 * and an open find bar, search or dialog takes its keys first): H to highlight, N for a note, A for
 * the sidebar, Tab or F6 from the selected text to its toolbar, Escape to drop the selection and
 * ⌘/Ctrl+Z to undo a delete. Each declines — leaving the key to whoever else wants it, or to the
 * browser — when it does not apply: in a text field, inside the toolbar or the sidebar, or with
 * nothing selected or deleted.
 */
import { useCommand } from '../app/commands';
import { isTyping } from '../app/keys';

/** Inside the toolbar or the sidebar, where losing the text selection is expected. */
export function focusInAnnotationUi(): boolean {
  return document.activeElement instanceof Element && document.activeElement.closest('.selection-toolbar, .reader-aside') !== null;
}

export interface AnnotationCommandHandlers {
  /** Whether text is selected in the article. */
  hasSelection: boolean;
  highlight(): void;
  note(): void;
  toggleSidebar(): void;
  clearSelection(): void;
  focusToolbar(): void;
  /** Restores the annotation deleted last; null when there is none to restore. */
  undoDelete: (() => void) | null;
}

/** Keys that act on the selected text, from the text itself (not a field, the toolbar or the sidebar). */
function fromTheText(hasSelection: boolean): boolean {
  return hasSelection && !isTyping(document.activeElement) && !focusInAnnotationUi();
}

export function useAnnotationCommands(handlers: AnnotationCommandHandlers): void {
  const { hasSelection, undoDelete } = handlers;
  useCommand('highlight-selection', handlers.highlight, hasSelection);
  useCommand('note-selection', handlers.note, hasSelection);
  useCommand('toggle-annotations', handlers.toggleSidebar);
  useCommand('close', () => (fromTheText(hasSelection) ? handlers.clearSelection() : false));
  useCommand('focus-selection-toolbar', () => (fromTheText(hasSelection) ? handlers.focusToolbar() : false));
  // In a text field ⌘/Ctrl+Z undoes typing.
  useCommand('undo-delete', () => (undoDelete && !isTyping(document.activeElement) ? undoDelete() : false));
}
